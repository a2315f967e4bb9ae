from graph.viz.layout import columns, spring, tree


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


def test_columns_keep_their_order_and_spread_the_shorter_over_the_taller():
    pos = columns(["a", "b", "c", "d", "e"], ["x", "y"], gap=40, width=100)
    assert [pos[n] for n in "abcde"] == [(-50, -80.0), (-50, -40.0), (-50, 0.0), (-50, 40.0), (-50, 80.0)]
    assert (pos["x"], pos["y"]) == ((50, -80.0), (50, 80.0))
    assert columns(["a"], ["x"]) == {"a": (-450.0, 0.0), "x": (450.0, 0.0)}
