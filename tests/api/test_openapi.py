"""The OpenAPI document is served, valid, and describes every endpoint."""
from __future__ import annotations

from openapi_spec_validator import validate


def test_openapi_document_validates_and_lists_the_endpoints(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    validate(spec)
    paths = spec["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/actors",
                 "/api/actors/{actor_id}", "/api/quotes", "/api/dyads", "/api/network"):
        assert "get" in paths[path], path
    for path in ("/api/analyze", "/api/ingest"):
        assert "post" in paths[path], path
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "category", "quad_class", "modality", "date_from", "date_to", "min_confidence",
            "language", "source_country", "target_country", "cursor", "format"} <= names
    assert not any(p.startswith("/articles") or p == "/" for p in paths)  # pages stay out of the API


def test_no_cdn_docs_pages(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
