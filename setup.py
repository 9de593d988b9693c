"""Compile the Qt translations into the package when it is built (wheel or install)."""

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        from pathlib import Path

        from tietosuoja_desktop import translation

        target = Path(self.build_lib) / "tietosuoja_desktop" / "locale"
        translation.build(Path(__file__).resolve().parent / "translations", target)


setup(cmdclass={"build_py": BuildWithTranslations})
