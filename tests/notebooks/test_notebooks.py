"""Every notebook in notebooks/ runs top to bottom against the current API, with this interpreter.

Each notebook is executed by nbclient in its own folder (as Jupyter would), on a ``python3``
kernel whose spec is written here for ``sys.executable``, so a ``python3`` kernelspec installed
elsewhere on the machine cannot run another Python. The working tree is put first on the
kernel's PYTHONPATH, so the notebook imports this checkout's ``graph`` package.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import nbformat
import pytest
from ipykernel.kernelspec import write_kernel_spec
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 180  # seconds per cell


def kernel_manager(kernels: Path) -> AsyncKernelManager:
    write_kernel_spec(kernels / "python3")  # argv[0] is sys.executable
    specs = KernelSpecManager(kernel_dirs=[str(kernels)])
    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=specs)


@cache
def executed(path: Path, kernels: Path) -> nbformat.NotebookNode:
    """The notebook after running every cell; any error raises CellExecutionError."""
    nb = nbformat.read(path, as_version=4)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    client = NotebookClient(
        nb,
        km=kernel_manager(kernels),
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(env=env)
    return nb


@pytest.fixture(scope="session")
def kernels(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("kernels")


def printed(nb: nbformat.NotebookNode) -> str:
    return "".join(
        out.get("text", "") for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
        if out.output_type == "stream" and out.name == "stdout"
    )


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no notebook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_commit_clean(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"cells {dirty} hold outputs: clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, kernels):
    nb = executed(path, kernels)
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


def test_explore_answers(kernels):
    nb = executed(ROOT / "notebooks" / "explore.ipynb", kernels)
    text = printed(nb)
    assert "54 policies, 4 other items, 65 agencies, 30 regions, 23 concepts" in text
    assert "policies: 54" in text
    assert "top concept: 电子印章 on 36 of 54 policies" in text
    assert "first national policy on 电子印章: 2021-04-02" in text
    view = [out for out in nb.cells[-1].outputs if out.output_type == "execute_result"]
    assert view and "PolicyExplorer.receive(" in view[0].data["text/html"], "the inline explorer is missing"
    chart = [out for cell in nb.cells for out in cell.get("outputs", []) if out.output_type == "execute_result"
             and "PolicyCharts" in out.data.get("text/html", "")]
    assert chart and "&quot;kind&quot;:&quot;steps&quot;" in chart[0].data["text/html"], "the step chart is missing"
