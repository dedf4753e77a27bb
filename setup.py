"""The build. The metadata is in pyproject.toml; this only adds the optional compiled build.

By default akn is pure Python. With AKN_MYPYC=1, the modules listed under [tool.akn.mypyc] in pyproject.toml
are compiled to C extensions by mypyc, which comes with mypy, and the validator's index pass
(akn/conformance/_walk.pyx, which reads libxml2's nodes through lxml's C API) by Cython. Both, and lxml
(whose headers the index pass is built against), must be installed beforehand:

    pip install setuptools wheel mypy cython lxml
    AKN_MYPYC=1 pip install --no-build-isolation .
"""

from __future__ import annotations

import os
import tomllib
from glob import glob
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent


def compiled_sources() -> list[str]:
    """The source files of [tool.akn.mypyc] modules (patterns relative to this folder), in a stable order."""
    with open(HERE / "pyproject.toml", "rb") as handle:
        patterns = tomllib.load(handle)["tool"]["akn"]["mypyc"]["modules"]
    return sorted({path for pattern in patterns for path in glob(pattern, root_dir=HERE)})


def compiled_modules() -> list[Extension]:
    if os.environ.get("AKN_MYPYC", "") in ("", "0"):
        return []
    try:
        import lxml
        from Cython.Build import cythonize
        from mypyc.build import mypycify
    except ImportError:
        raise SystemExit(
            "AKN_MYPYC=1 needs mypyc, Cython and lxml at build time: pip install setuptools wheel mypy cython "
            "lxml, then AKN_MYPYC=1 pip install --no-build-isolation ."
        ) from None
    walk = Extension("akn.conformance._walk", ["akn/conformance/_walk.pyx"], include_dirs=lxml.get_include())
    return mypycify(compiled_sources(), opt_level="3") + cythonize([walk], quiet=True)


setup(ext_modules=compiled_modules())
