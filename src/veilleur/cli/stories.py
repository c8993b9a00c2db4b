"""``veilleur stories``, ``veilleur watch`` and ``veilleur alerts``."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import List, Optional

import typer

from .common import (DB_HELP, EXIT_SOME_FAILED, EXIT_USAGE, JSON_HELP, QUIET_HELP, one_line,
                     open_store_or_exit, out, print_json, report_error)

stories_app = typer.Typer(no_args_is_help=True, help="Stories: one happening, many reports.")
alerts_app = typer.Typer(no_args_is_help=True, help="Alert rules over event counts.")


def _version(store, given: Optional[str]) -> str:
    from ..pipeline import PIPELINE_VERSION

    return given or store.latest_pipeline_version() or PIPELINE_VERSION


@stories_app.command("build")
def build(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, help="Only articles published on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="Only articles published on or before"),
    window: int = typer.Option(3, help="Days within which reports of one happening are published"),
    pipeline: Optional[str] = typer.Option(None, help="Pipeline version of the analyses (default: latest)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Cluster stored articles into stories and consolidate their events."""
    from ..stories import ClusterSettings, cluster_documents, consolidate_events
    from ..stories.persist import analysed_documents, save_stories

    with open_store_or_exit(db, quiet) as store:
        version = _version(store, pipeline)
        documents = list(analysed_documents(store, version, since, until))
        by_id = {str(d.id): d for d in documents}
        found = cluster_documents(documents, ClusterSettings(window_days=window))
        consolidated = {s.id: consolidate_events([by_id[a] for a in s.article_ids]) for s in found}
        save_stories(store, version, found, consolidated)
    summary = {"articles": len(documents), "stories": len(found),
               "multi_article_stories": sum(1 for s in found if len(s.article_ids) > 1),
               "reported_events": sum(len(d.events) for d in documents),
               "consolidated_events": sum(len(v) for v in consolidated.values())}
    if as_json:
        print_json(summary)
    elif not quiet:
        out.print(" · ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary.items()))


@stories_app.command("list")
def list_stories(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=1000),
    pipeline: Optional[str] = typer.Option(None, help="Pipeline version (default: latest)"),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The largest and latest stories."""
    from rich.markup import escape

    from ..stories.persist import stories

    with open_store_or_exit(db) as store:
        rows = stories(store, _version(store, pipeline), limit)
    if as_json:
        print_json(rows)
        return
    for row in rows:
        out.print(f"[cyan]{row['id']}[/cyan]  {row['article_count']:>3} articles  "
                  f"{row['first_seen'] or '?'} → {row['last_seen'] or '?'}  {','.join(row['languages'])}  "
                  f"[bold]{escape(one_line(row['title'], 70))}[/bold]")


@stories_app.command("show")
def show_story(
    story_id: str = typer.Argument(..., help="A story id from `veilleur stories list`"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    pipeline: Optional[str] = typer.Option(None, help="Pipeline version (default: latest)"),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """A story's timeline and its consolidated events."""
    from rich.markup import escape

    from ..stories.persist import story

    with open_store_or_exit(db) as store:
        row = story(store, _version(store, pipeline), story_id)
    if row is None:
        report_error(ValueError(f"{story_id}: no such story"))
        raise typer.Exit(EXIT_SOME_FAILED)
    if as_json:
        print_json(row)
        return
    out.print(f"[bold]{escape(row['title'] or row['id'])}[/bold]  ({row['article_count']} articles)")
    for item in row["timeline"]:
        out.print(f"  {item['date'] or '?':10}  {item['language'] or '?'}  {escape(one_line(item['title'] or item['source'], 80))}")
    for event in row["events"]:
        out.print(f"  [green]{event['category']}[/green] {event['source'] or '-'} → {event['target'] or '-'}"
                  f"  {event['date'] or ''}  {event['report_count']} reports  conf {event['confidence']:.2f}")


def watch(
    feeds: List[str] = typer.Argument(None, help="RSS/Atom feed URLs"),
    feeds_file: Optional[Path] = typer.Option(None, "--feeds", help="A file of feed URLs, one per line (# comments)"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    interval: float = typer.Option(900.0, help="Seconds between two polls of a feed"),
    politeness: float = typer.Option(2.0, help="Seconds between two requests to one host"),
    cycles: Optional[int] = typer.Option(None, help="Stop after this many polling rounds (default: run until interrupted)"),
    size: str = typer.Option("md", "--size", help="French model size: md or sm"),
    allow_private_urls: bool = typer.Option(False, "--allow-private-urls", help="Allow private and loopback feed addresses"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Follow feeds: poll each on its interval, analyse and store every new article once."""
    from ..pipeline import analyze_document
    from ..settings import load_settings
    from ..stories.persist import StoreWatchState
    from ..stories.watch import FeedWatcher

    urls = list(feeds or [])
    if feeds_file:
        try:
            lines = feeds_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            report_error(ValueError(f"{feeds_file}: {exc.strerror or exc}"))
            raise typer.Exit(EXIT_USAGE)
        urls += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if not urls:
        report_error(ValueError("give feed URLs or --feeds FILE"))
        raise typer.Exit(EXIT_USAGE)
    settings = load_settings(db=db, allow_private_urls=allow_private_urls or None)
    with open_store_or_exit(db, quiet) as store:
        def keep(document):
            result = store.save(analyze_document(document, size=size))
            if not quiet:
                out.print(f"new  {result.article_id[:12]}  {document.published or '?':10}  "
                          f"{one_line(document.title or document.source, 90)}", markup=False)
            return result.article_id

        watcher = FeedWatcher(StoreWatchState(store), settings, keep, interval=interval,
                              politeness=politeness)
        try:
            watcher.run(urls, cycles=cycles)
        except KeyboardInterrupt:
            pass


@alerts_app.command("check")
def check(
    rules: Path = typer.Option(..., "--rules", help="YAML file of alert rules"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    today: Optional[str] = typer.Option(None, help="Evaluate windows ending this day (default: today)"),
    reports: bool = typer.Option(False, "--reports", help="Count every report, not consolidated events"),
    pipeline: Optional[str] = typer.Option(None, help="Pipeline version (default: latest)"),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Evaluate rules; store, print and (optionally) POST the alerts that fire."""
    from ..errors import VeilleurError
    from ..stories.alerts import evaluate, load_rules, post_webhook
    from ..stories.persist import alert_events, save_alert

    try:
        parsed = load_rules(rules)
        day = date.fromisoformat(today) if today else date.today()
    except (VeilleurError, ValueError) as exc:
        report_error(exc, quiet)
        raise typer.Exit(EXIT_USAGE)
    fired = []
    with open_store_or_exit(db, quiet) as store:
        events = alert_events(store, _version(store, pipeline), consolidated=not reports)
        for rule in parsed:
            alert = evaluate(rule, events, day)
            if alert is None:
                continue
            status = None
            if rule.webhook:
                try:
                    status = str(post_webhook(alert, rule.webhook))
                except Exception as exc:  # a webhook down must not lose the alert
                    status = f"error: {exc}"
            new = save_alert(store, alert, status)
            fired.append({**alert.to_dict(), "new": new, "webhook_status": status})
    if as_json:
        print_json(fired)
    elif not quiet:
        for a in fired:
            out.print(f"[red]ALERT[/red] {a['rule']}: {a['reason']} ({a['window_start']} → {a['window_end']})"
                      + ("" if a["new"] else " [dim](already fired)[/dim]"))
        if not fired:
            out.print("no alert")


@alerts_app.command("list")
def list_alerts(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Alerts fired so far, newest first."""
    from ..stories.persist import alerts

    with open_store_or_exit(db) as store:
        rows = alerts(store, limit)
    if as_json:
        print_json(rows)
        return
    for a in rows:
        out.print(f"{a['fired_at'][:19]}  {a['rule']}: {a['reason']}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(stories_app, name="stories")
    app.add_typer(alerts_app, name="alerts")
    app.command("watch")(watch)
