"""The one thing pyproject.toml cannot say: the top-level resources/ folder ships inside the
wheel as the package `briefing_resources` (models, lexicons, fonts, icons, samples), whole:
every folder and file in it, so a file added there ships without touching this list."""

from setuptools import find_namespace_packages, find_packages, setup

# resources/ and each folder in it, as (data-only) packages of briefing_resources.
DATA = [
    "briefing_resources",
    *(
        f"briefing_resources.{name}"
        for name in find_namespace_packages("resources", exclude=["__pycache__", "*.__pycache__"])
    ),
]

setup(
    packages=[*find_packages("desktop"), *DATA],
    package_dir={"": "desktop", "briefing_resources": "resources"},
    package_data={name: ["*"] for name in DATA},
    exclude_package_data={name: ["*.pyc"] for name in DATA},
)
