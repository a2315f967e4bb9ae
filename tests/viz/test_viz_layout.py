from graph.viz.layout import spring, tree


def test_spring_is_reproducible_and_separates_nodes():
    nodes = [f"n{i}" for i in range(40)]
    edges = [(f"n{i}", f"n{(i + 1) % 40}") for i in range(40)]
    first, second = spring(nodes, edges), spring(nodes, edges)
    assert first == second
    assert len(set(first.values())) == 40
    assert spring(nodes, edges, seed=1) != first


def test_tree_puts_parents_above_and_between_children():
    parents = {"cn": None, "gd": "cn", "sz": "gd", "gz": "gd", "sh": "cn"}
    pos = tree(parents, key=lambda n: n)
    assert pos["cn"][1] < pos["gd"][1] < pos["sz"][1]
    assert pos["gd"][0] == (pos["gz"][0] + pos["sz"][0]) / 2
    assert pos["gz"][0] < pos["sz"][0]
