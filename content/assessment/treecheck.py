"""Graph checks for a decision tree: every target exists, every node is reachable from the start,
there is no cycle, and every path ends."""

from __future__ import annotations

from content.assessment.model import ANSWERS, END, DecisionTree


def successors(tree: DecisionTree, node_id: str) -> list[tuple[str, str]]:
    """(answer, target) for every way out of a node; an info node has the single answer 'next'."""
    node = tree.nodes[node_id]
    answers = ANSWERS if node.is_question else ("next",)
    return [(answer, node.branches[answer].next or tree.following(node_id)) for answer in answers]


def check_graph(tree: DecisionTree) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    for node_id in tree.order:
        for answer, target in successors(tree, node_id):
            if target != END and target not in tree.nodes:
                where = f"'{answer}' of '{node_id}'" if answer != "next" else f"'{node_id}'"
                problems.append((tree.nodes[node_id].line, f"{where} goes to unknown node '{target}'"))
    if problems:
        return problems
    problems += _cycles(tree)
    if problems:
        return problems
    reachable = _reachable(tree)
    for node_id in tree.order:
        if node_id not in reachable:
            problems.append((tree.nodes[node_id].line, f"node '{node_id}' cannot be reached from '{tree.start}'"))
    ending = _can_end(tree)
    for node_id in sorted(reachable - ending, key=tree.order.index):
        problems.append((tree.nodes[node_id].line, f"a path through '{node_id}' never ends"))
    return problems


def _reachable(tree: DecisionTree) -> set[str]:
    seen = {tree.start}
    stack = [tree.start]
    while stack:
        for _answer, target in successors(tree, stack.pop()):
            if target != END and target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _cycles(tree: DecisionTree) -> list[tuple[int, str]]:
    """Depth-first search with an explicit stack; reports each cycle once, at its first node."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(tree.order, white)
    problems: list[tuple[int, str]] = []
    for root in tree.order:
        if colour[root] != white:
            continue
        path: list[str] = [root]
        iterators = [iter(successors(tree, root))]
        colour[root] = grey
        while iterators:
            step = next(iterators[-1], None)
            if step is None:
                colour[path.pop()] = black
                iterators.pop()
                continue
            target = step[1]
            if target == END:
                continue
            if colour[target] == grey:
                loop = [*path[path.index(target) :], target]
                problems.append((tree.nodes[target].line, "cycle: " + " → ".join(loop)))
            elif colour[target] == white:
                colour[target] = grey
                path.append(target)
                iterators.append(iter(successors(tree, target)))
    return problems


def _can_end(tree: DecisionTree) -> set[str]:
    """Nodes from which END can be reached (in a tree without cycles: all of them)."""
    ending: set[str] = set()
    changed = True
    while changed:
        changed = False
        for node_id in tree.order:
            if node_id in ending:
                continue
            if any(t == END or t in ending for _a, t in successors(tree, node_id)):
                ending.add(node_id)
                changed = True
    return ending
