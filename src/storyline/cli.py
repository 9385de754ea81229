"""The `storyline` command: a thin layer over the library; only here do errors become messages."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .config import MB, Config
from .dossier import Dossier
from .errors import StorylineError
from .pipeline import BuildReport, build
from .report import FORMATS

EXAMPLES = Path(__file__).resolve().parent / "_examples"
F = TypeVar("F", bound=Callable[..., Any])


def db_option(f: F) -> F:
    """`--db PATH`, shared by every command that reads or writes a store."""
    return click.option("--db", "db", default="storyline.db", show_default=True, type=click.Path(dir_okay=False),
                        help="The SQLite store.")(f)


@click.group()
@click.version_option(__version__, prog_name="storyline")
def cli() -> None:
    """Turn a folder of messy news articles into a dossier.

    Example: storyline build articles/ && storyline export --format markdown
    """


def _progress_reporter(show: bool):  # type: ignore[no-untyped-def]
    """A progress callback drawing a bar on stderr, or None when no bar is wanted."""
    bar = None

    def progress(path: str, done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="reading", file=sys.stderr,
                                    item_show_func=lambda p: p and p[-40:])
            bar.__enter__()
        bar.update(1, path)
        if done == total:
            bar.__exit__(None, None, None)

    return progress if show else None


def _summary(report: BuildReport) -> None:
    click.echo(
        f"{report.files} files: {report.files_read} read, {report.files_unchanged} unchanged; "
        f"{report.articles_added} articles added, {report.articles} in the store, {report.copies} copies; "
        f"{len(report.skipped)} skipped ({report.seconds:.1f} s)",
        err=True,
    )
    for s in report.skipped:
        click.echo(f"skipped {s.path}: {s.reason}", err=True)
    for n in report.notes:
        click.echo(f"note {n.path}: {n.text}", err=True)


@cli.command("build")
@click.argument("folder", type=click.Path(exists=True))
@db_option
@click.option("--max-size", type=float, default=None, help="Largest single-article file to read, in MB (default 50).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
def build_cmd(folder: str, db: str, max_size: float | None, progress: bool | None) -> None:
    """Read every article file under FOLDER into the store; again, only new or changed files.

    Example: storyline build ../shared/seeds/articles --db seeds.db

    Exit status 0 when every file was read, 1 when some were skipped (each is named with its
    reason), 2 on an error that stopped the build.
    """
    config = Config().merged(max_article_bytes=int(max_size * MB) if max_size else None)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        report = build(folder, db, config, progress=_progress_reporter(show))
    except StorylineError as exc:
        raise click.ClickException(str(exc)) from exc
    _summary(report)
    sys.exit(0 if report.ok else 1)


@cli.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default stdout).")
def export_cmd(db: str, fmt: str, output: str | None) -> None:
    """Write the dossier as JSON (shared/eval/SCHEMA.md) or Markdown.

    Example: storyline export --db seeds.db --format json -o dossier.json
    """
    try:
        with Dossier(db) as dossier:
            text = FORMATS[fmt](dossier)
    except StorylineError as exc:
        raise click.ClickException(str(exc)) from exc
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command("demo")
@click.option("--out", type=click.Path(file_okay=False), default="storyline-demo", show_default=True,
              help="Folder for the demo's store and dossier.")
def demo_cmd(out: str) -> None:
    """Build the bundled example corpus and write its dossier.

    Example: storyline demo --out /tmp/demo
    """
    examples = EXAMPLES if EXAMPLES.is_dir() else Path(__file__).resolve().parents[2] / "examples" / "articles"
    if not examples.is_dir():
        raise click.ClickException("the bundled examples are missing from this installation")
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    db = target / "demo.db"
    if db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    report = build(examples, db)
    _summary(report)
    with Dossier(db) as dossier:
        (target / "dossier.json").write_text(FORMATS["json"](dossier), encoding="utf-8")
        (target / "dossier.md").write_text(FORMATS["markdown"](dossier), encoding="utf-8")
    click.echo(f"dossier: {target / 'dossier.md'} and {target / 'dossier.json'} (store: {db})")


def main() -> None:
    cli(prog_name="storyline")


if __name__ == "__main__":
    main()
