"""No function in pipeline/ is longer than 80 lines (issue 12): a long function is a grammar or a procedure that
wants named steps or rule entries. Counted from the ``def`` line to the last line of the body, docstring and
comments included; nested functions and methods count on their own and within the function around them."""
import ast
from pathlib import Path


LIMIT = 80
PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"


def _long_functions(root: Path, limit: int) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = min([node.lineno] + [d.lineno for d in node.decorator_list])
                n = node.end_lineno - first + 1
                if n > limit:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({n} lines)")
    return found


def test_no_function_over_80_lines():
    assert _long_functions(PIPELINE, LIMIT) == []


def test_the_check_finds_a_long_function(tmp_path):
    """The walk itself: a 81-line function is reported, an 80-line one and a long class body are not."""
    body = "\n".join(f"    x{i} = {i}" for i in range(79))
    (tmp_path / "long.py").write_text(f"def long():\n{body}\n    return 0\n", encoding="utf-8")
    (tmp_path / "ok.py").write_text(f"def ok():\n{body}\n", encoding="utf-8")
    (tmp_path / "cls.py").write_text("class C:\n" + "\n".join(f"    a{i} = {i}" for i in range(200)) + "\n", encoding="utf-8")
    assert _long_functions(tmp_path, LIMIT) == [f"{tmp_path.name}/long.py:1 long (81 lines)"]


