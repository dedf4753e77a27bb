"""`--explain`: what the schema allows where it refused an element, from xmlschema.

xmlschema reads the whole OASIS schema into Python objects, which takes seconds; it is imported only here,
only when asked, and once per process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..schema import NAMESPACE, default_xsd_path
from .problems import Problem


@lru_cache(maxsize=2)
def _schema(path: str):  # type: ignore[no-untyped-def]
    import xmlschema

    return xmlschema.XMLSchema(path)


def allowed_children(element: str, schema_path: str | None = None) -> list[str] | None:
    """Every element the schema allows anywhere inside `element` (an Akoma Ntoso name), or None."""
    schema = _schema(str(Path(schema_path)) if schema_path else str(default_xsd_path()))
    declaration = schema.elements.get(element) or schema.maps.elements.get(f"{{{NAMESPACE}}}{element}")
    if declaration is None or not hasattr(declaration.type, "content"):
        return None
    content = declaration.type.content
    if not hasattr(content, "iter_elements"):
        return []
    names = {e.local_name for e in content.iter_elements() if getattr(e, "local_name", None)}
    return sorted(names)


def explain(problem: Problem, schema_path: str | None = None) -> Problem:
    """`problem` (a schema error) with the full list of what its element's parent may hold."""
    steps = [s.split("[")[0] for s in problem.path.strip("/").split("/") if s]
    if problem.rule_id != "schema" or len(steps) < 2 or ":" in steps[-2]:
        return problem
    parent = steps[-2]
    names = allowed_children(parent, schema_path)
    if names is None:
        return problem
    said = ", ".join(names) if names else "no elements"
    return problem._replace(message=f"{problem.message} In {parent} the schema allows: {said}.")
