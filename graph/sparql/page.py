"""The endpoint's self-contained HTML page: a query box and the library's questions.

Everything from the library is escaped: text goes into the page with html.escape, and the
questions' data into a JSON script block with <, > and & written as \\u escapes; the script
builds result cells with textContent only. No file or script is loaded from elsewhere.
"""

from __future__ import annotations

import html
import json
from typing import Mapping

from .library import Question

_STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;max-width:70em}
textarea{width:100%;height:14em;font-family:monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
#error{color:#a00;white-space:pre-wrap;font-family:monospace}li{margin:.2em 0}
"""

_SCRIPT = """
const questions = JSON.parse(document.getElementById('questions').textContent);
const box = document.getElementById('query'), out = document.getElementById('out'), err = document.getElementById('error');
document.querySelectorAll('[data-question]').forEach(a => a.addEventListener('click', e => {
  e.preventDefault(); box.value = questions[a.dataset.question].text;
}));
document.getElementById('run').addEventListener('click', async () => {
  out.replaceChildren(); err.textContent = '';
  const r = await fetch('sparql', {method: 'POST', body: new URLSearchParams({query: box.value}),
                                   headers: {Accept: 'application/sparql-results+json, text/turtle;q=0.9'}});
  const body = await r.text();
  if (!r.ok) { err.textContent = body; return; }
  if (!(r.headers.get('Content-Type') || '').includes('json')) { const p = document.createElement('pre'); p.textContent = body; out.append(p); return; }
  const data = JSON.parse(body);
  if ('boolean' in data) { out.textContent = String(data.boolean); return; }
  const table = document.createElement('table'), head = table.insertRow();
  data.head.vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.append(th); });
  data.results.bindings.forEach(b => { const row = table.insertRow();
    data.head.vars.forEach(v => { row.insertCell().textContent = b[v] ? b[v].value : ''; }); });
  out.append(table);
});
"""


def _script_json(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(library: Mapping[str, Question]) -> str:
    """The whole page as one string."""
    items = "\n".join(
        f'<li><a href="#" data-question="{html.escape(q.name)}">{html.escape(q.title)}</a>'
        f" — {html.escape(q.answers)}"
        + (f" <small>(parameters: {html.escape(', '.join(p.name for p in q.params))}; "
           f"GET ?question={html.escape(q.name)}&amp;param.NAME=VALUE)</small>" if q.params else "")
        + "</li>"
        for q in library.values()
    )
    data = {q.name: {"text": q.text} for q in library.values()}
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>policykg SPARQL</title><style>{_STYLE}</style></head>
<body><h1>policykg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>/sparql</code> (GET or POST). Literals are tagged:
write <code>"电子印章"@zh</code>, not <code>"电子印章"</code>.</p>
<textarea id="query">SELECT ?policy ?title WHERE {{ ?policy dcterms:title ?title }} LIMIT 20</textarea>
<p><button id="run">Run</button></p><div id="error"></div><div id="out"></div>
<h2>Questions</h2><ul>
{items}
</ul>
<script type="application/json" id="questions">{_script_json(data)}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
