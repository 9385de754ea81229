"""The `storyline` command: a thin layer over the library; only here do errors become messages."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .config import MB, Config
from .dossier import Dossier
from .errors import StorylineError
from .pipeline import BuildReport, build
from .report import FORMATS, write_export
from .store import store_files

EXAMPLES = Path(__file__).resolve().parent / "_examples"
F = TypeVar("F", bound=Callable[..., Any])

# The same statuses in README.md ("Use"); tests/test_cli.py checks each one.
EXIT_STATUS = """\b
Exit status:
  0    done: every input was read
  1    done, but some inputs were skipped (each is named with its reason)
  2    stopped: a usage error, or a store or output file that cannot be opened,
       read or written (the message names the file and the reason); the store
       keeps every file fully read before the stop, and no partial export is left
  130  interrupted (Ctrl-C); the store is kept as for status 2"""


class Stopped(click.ClickException):
    """An error that stopped a command: its message, and exit status 2."""

    exit_code = 2


@contextmanager
def stopping() -> Iterator[None]:
    """The library's errors become their message and status 2; Ctrl-C becomes status 130."""
    try:
        yield
    except StorylineError as exc:
        raise Stopped(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("interrupted: the store keeps every file fully read before", err=True)
        sys.exit(130)


def db_option(f: F) -> F:
    """`--db PATH`, shared by every command that reads or writes a store."""
    return click.option("--db", "db", default="storyline.db", show_default=True, type=click.Path(dir_okay=False),
                        help="The SQLite store.")(f)


@click.group(epilog=EXIT_STATUS)
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
        f"{report.files} files: {report.files_read} read, {report.files_unchanged} unchanged, "
        f"{len(report.removed)} removed; "
        f"{report.articles_added} articles added, {report.articles} in the store, {report.copies} copies; "
        f"{len(report.skipped)} skipped ({report.seconds:.1f} s)",
        err=True,
    )
    for path, articles in report.removed.items():
        click.echo(f"removed {path}: no longer in the folder ({articles} article{'' if articles == 1 else 's'})",
                   err=True)
    for s in report.skipped:
        click.echo(f"skipped {s.path}: {s.reason}", err=True)
    for n in report.notes:
        click.echo(f"note {n.path}: {n.text}", err=True)


@cli.command("build", epilog=EXIT_STATUS)
@click.argument("folder", type=click.Path(exists=True))
@db_option
@click.option("--max-size", type=float, default=None, help="Largest single-article file to read, in MB (default 50).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes reading files at once (default: one per core; 1 reads in this process).")
def build_cmd(folder: str, db: str, max_size: float | None, progress: bool | None, workers: int | None) -> None:
    """Read every article file under FOLDER into the store; again, only new or changed files.

    Example: storyline build ../shared/seeds/articles --db seeds.db
    """
    config = Config().merged(max_article_bytes=int(max_size * MB) if max_size else None)
    show = sys.stderr.isatty() if progress is None else progress
    with stopping():
        report = build(folder, db, config, progress=_progress_reporter(show),
                       waiting=lambda message: click.echo(message, err=True), workers=workers)
    _summary(report)
    sys.exit(0 if report.ok else 1)


@cli.command("export", epilog=EXIT_STATUS)
@db_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default stdout).")
def export_cmd(db: str, fmt: str, output: str | None) -> None:
    """Write the dossier as JSON (shared/eval/SCHEMA.md) or Markdown.

    Example: storyline export --db seeds.db --format json -o dossier.json
    """
    with stopping(), Dossier(db) as dossier:
        if output:
            write_export(dossier, fmt, output)
        else:
            text = FORMATS[fmt](dossier)
    if output:
        click.echo(f"wrote {output}", err=True)
        return
    try:
        click.echo(text, nl=False)
        sys.stdout.flush()
    except OSError as exc:  # stdout on a full disk, or closed
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the interpreter's own flush at exit is quiet
        raise Stopped(f"standard output: cannot write the export: {exc.strerror or exc}") from exc


@cli.command("demo", epilog=EXIT_STATUS)
@click.option("--out", type=click.Path(file_okay=False), default="storyline-demo", show_default=True,
              help="Folder for the demo's store and dossier.")
def demo_cmd(out: str) -> None:
    """Build the bundled example corpus and write its dossier.

    Example: storyline demo --out /tmp/demo
    """
    examples = EXAMPLES if EXAMPLES.is_dir() else Path(__file__).resolve().parents[2] / "examples" / "articles"
    if not examples.is_dir():
        raise Stopped("the bundled examples are missing from this installation")
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    db = target / "demo.db"
    if db.exists():
        for path in store_files(db):
            path.unlink(missing_ok=True)
    with stopping():
        report = build(examples, db)
        _summary(report)
        with Dossier(db) as dossier:
            write_export(dossier, "json", target / "dossier.json")
            write_export(dossier, "markdown", target / "dossier.md")
    click.echo(f"dossier: {target / 'dossier.md'} and {target / 'dossier.json'} (store: {db})")


@cli.group("entities", epilog=EXIT_STATUS)
def entities_group() -> None:
    """List the entities, and correct how their names were merged; corrections survive every build.

    Example: storyline entities merge --db seeds.db "Sasha Petrov" "Alexander Petrov"
    """


@entities_group.command("list", epilog=EXIT_STATUS)
@db_option
def entities_list_cmd(db: str) -> None:
    """One line per entity: type, canonical name, every spelling seen.

    Example: storyline entities list --db seeds.db
    """
    with stopping(), Dossier(db) as dossier:
        found = dossier.stage_exports().get("entities", [])
    for e in found:
        click.echo(f"{e['type']}\t{e['canonical']}\t" + " | ".join(e["variants"]))


@entities_group.command("merge", epilog=EXIT_STATUS)
@click.argument("names", nargs=-1, required=True)
@db_option
def entities_merge_cmd(names: tuple[str, ...], db: str) -> None:
    """Join the entities holding these names into one (kept through every later build).

    Example: storyline entities merge --db seeds.db "Sasha Petrov" "Alexander Petrov"
    """
    from .entities import corrections

    with stopping():
        corrections.merge(db, names)
    click.echo(f"merged: {' + '.join(names)}", err=True)


@entities_group.command("split", epilog=EXIT_STATUS)
@click.argument("name")
@db_option
def entities_split_cmd(name: str, db: str) -> None:
    """Take NAME out of the entity it was merged into: it stands alone (kept through every later build).

    Example: storyline entities split --db seeds.db "Smith"
    """
    from .entities import corrections

    with stopping():
        corrections.split(db, name)
    click.echo(f"split: {name} stands alone", err=True)


def main() -> None:
    cli(prog_name="storyline")


if __name__ == "__main__":
    main()
