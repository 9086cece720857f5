"""Shared test set-up: every Qt test runs headless, with settings of its own."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _one_widget_application() -> None:
    """The test process's one Qt application is a QApplication. A command-line export run in
    the process otherwise makes a QGuiApplication (all it needs), and a later window test cannot
    build a widget on it: the run then aborts, depending on which tests ran first."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # the geodata tests also run where Qt is not installed
        return
    if QApplication.instance() is None:
        QApplication([])


@pytest.fixture(autouse=True)
def _private_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test gets an empty settings folder: never the user's settings, and never another
    test run's (two runs on one machine would otherwise share Qt's test-mode settings file)."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the geodata tests also run where Qt is not installed
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def window_settings(qapp):
    """For the window tests (``pytestmark = pytest.mark.usefixtures("window_settings")``):
    Qt's test-mode data folders, the tests' own organisation name, QSettings empty before
    and after the test."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName("NorthernSyriaAtlasTests")
    qapp.setApplicationName("gui-tests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def scratch_workspace(window_settings, tmp_path, monkeypatch):
    """Also: imports without a workspace given go to one in the test's folder, never the
    user's default workspace."""
    monkeypatch.setenv("SYRIA_ATLAS_WORKSPACE", str(tmp_path / "ws.gpkg"))


@pytest.fixture
def language(qapp):
    """Switch the application's language for one test (``language("ar")``); English again
    afterwards. Returns the catalogues loaded."""
    from desktop import i18n

    yield lambda code: i18n.install_language(qapp, code)
    i18n.install_language(qapp, "en")


# --- a real PostgreSQL + PostGIS server for the database-workspace tests --------------------


@pytest.fixture(scope="session")
def pg_cluster():
    """One throw-away server for the session (initdb in a temporary folder, a Unix socket in
    it, stopped and removed afterwards); skipped only where the server binaries are absent."""
    from tooling import import_tool  # tools/ is not installed: imported from the checkout

    cluster_tool = import_tool("tools.pg_cluster")
    TempCluster, missing_reason = cluster_tool.TempCluster, cluster_tool.missing_reason

    reason = missing_reason()
    if reason is not None:
        pytest.skip(f"no PostgreSQL/PostGIS server to test against: {reason}")
    pytest.importorskip("psycopg", reason="psycopg (a runtime dependency) is not installed")
    with TempCluster() as cluster:
        cluster.create_role("ana", "ana-secret")
        cluster.create_role("bo", "bo-secret")
        cluster.create_role("reader", "reader-secret")
        yield cluster


@pytest.fixture
def pg_db(pg_cluster, request):
    """A fresh PostGIS database (tables made on first use) where ana and bo may import and
    reader may only read. Returns a function: role -> libpq URL (with that role's password)."""
    import re

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50]
    pg_cluster.create_database(name)
    grants = (
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ana, bo",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ana, bo",
    )
    for grant in grants:
        pg_cluster.admin_sql(grant, dbname=name)
    passwords = {"ana": "ana-secret", "bo": "bo-secret", "reader": "reader-secret"}

    def url(role: str = "atlas_admin", password: str | None = None) -> str:
        if role == "atlas_admin":
            return pg_cluster.url(name)
        return pg_cluster.url(name, role, password or passwords[role])

    url.name = name
    url.cluster = pg_cluster
    yield url
    pg_cluster.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def data(tmp_path):
    """A writable copy of the minimal valid data set (tests/fixtures/mini_data); modules that
    need other data define their own `data` fixture."""
    import shutil

    from validate_fixture import MINI

    return shutil.copytree(MINI, tmp_path / "data")


@pytest.fixture(scope="session")
def atlas():
    """The bundled data, loaded once for the whole run. Tests only read it: nothing in the
    atlas is changed in place (tests that need other data build their own ``Atlas``)."""
    from geodata.atlas import load_atlas

    return load_atlas()
