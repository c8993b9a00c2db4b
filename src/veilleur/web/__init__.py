"""The web dashboard: server-rendered pages (pages.py), templates, static assets and the
interface text per language (data/i18n)."""
