"""``veilleur serve``: the HTTP API and the web dashboard over a store."""
from __future__ import annotations

import os
from typing import Optional

import typer

from .common import DB_HELP, EXIT_USAGE, QUIET_HELP, err, open_store_or_exit, report_error


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; other than loopback, reads need VEILLEUR_TOKEN too"),
        port: int = typer.Option(8000, "--port", "-p", help="TCP port"),
        open_browser: bool = typer.Option(False, "--open", help="Open the dashboard in a browser"),
        max_body_mb: float = typer.Option(10.0, "--max-body-mb", help="Largest request body (uploads) in MB"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
    ) -> None:
        """Serve the dashboard at http://HOST:PORT/ and the API under /api (OpenAPI at
        /api/openapi.json). Writing endpoints need the VEILLEUR_TOKEN environment variable."""
        import uvicorn

        from ..api import create_app
        from ..errors import VeilleurError

        token = os.environ.get("VEILLEUR_TOKEN") or None
        store = open_store_or_exit(db, quiet)
        try:
            application = create_app(store, host=host, token=token,
                                     max_body_bytes=int(max_body_mb * 1024 * 1024))
        except VeilleurError as exc:
            report_error(exc, quiet)
            store.close()
            raise typer.Exit(EXIT_USAGE)
        url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
        if not quiet:
            err.print(f"Veilleur dashboard at [bold]{url}[/bold]  (API: {url}api/openapi.json)")
            if not token:
                err.print("[dim]VEILLEUR_TOKEN is not set: /api/analyze and /api/ingest are disabled[/dim]")
        if open_browser:
            import threading
            import webbrowser

            threading.Timer(1.0, webbrowser.open, args=(url,)).start()
        try:
            uvicorn.run(application, host=host, port=port, log_level="warning" if quiet else "info",
                        server_header=False)
        finally:
            store.close()
