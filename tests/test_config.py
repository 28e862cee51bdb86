"""GIVEN a config file WHEN it is loaded THEN typed values, or an error naming the key."""

import pytest

from pipeline.config import load_settings
from pipeline.errors import ConfigError

from conftest import ROOT, make_project


def test_shipped_config_loads_with_five_divisions_and_embedded_defaults():
    s = load_settings(ROOT / "config.toml")
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("/var/pengaduan.db")
    assert s.maildir_path == ROOT / "var/mail"
    assert s.smtp.host == "" and s.smtp.pickup_dir == ROOT / "var/outbox"
    assert [d.code for d in s.divisions] == ["sekretariat", "pengadaan", "mutasi", "kompetensi", "kinerja"]
    assert s.imap == ()


def test_relative_paths_resolve_against_the_config_folder(tmp_path, monkeypatch):
    p = make_project(tmp_path / "agency")
    monkeypatch.chdir(tmp_path)
    s = load_settings(p.config)
    assert s.archive_dir == p.root / "var/archive"
    assert s.database_url == f"sqlite:///{p.root / 'var/pengaduan.db'}"


@pytest.mark.parametrize("snippet, key", [
    ('[worker]\npoll_seconds = "often"\n', "worker.poll_seconds"),
    ('[worker]\npoll_seconds = 0\n', "worker.poll_seconds"),
    ('[smtp]\nsecurity = "tls"\n', "smtp.security"),
    ('[deadline]\ntimezone = "Mars/Olympus"\n', "deadline.timezone"),
    ('[deadline]\nextra_holidays = ["31-12-2026"]\n', "deadline.extra_holidays"),
    ('[[imap]]\nname = "x"\n', "imap[0].host"),
    ('[database]\nurl = "mysql://x"\n', "database.url"),
])
def test_a_bad_value_is_refused_naming_its_key(tmp_path, snippet, key):
    cfg = tmp_path / "config.toml"
    cfg.write_text(snippet, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert key in str(err.value)


def test_cli_reports_bad_config_with_exit_4_and_one_line(tmp_path):
    p = make_project(tmp_path / "agency", extra='[scans2]\n')
    p.config.write_text('[worker]\npoll_seconds = -1\n', encoding="utf-8")
    proc = p.cli("list")
    assert proc.returncode == 4
    assert proc.stderr.strip().count("\n") == 0 and "worker.poll_seconds" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_config_is_chosen_by_environment_variable(tmp_path):
    import os
    import subprocess

    from conftest import PENGADUAN

    p = make_project(tmp_path / "agency")
    env = {**os.environ, "PENGADUAN_CONFIG": str(p.config)}
    proc = subprocess.run([PENGADUAN, "list", "--json"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
    assert (p.root / "var/pengaduan.db").exists()
