"""The harness finds the provider mirror: the env var first, then the standard places."""

from __future__ import annotations

import pytest

from atlas.harness import mirror


def fake_mirror(base):
    (base / mirror.AWS_PROVIDER / mirror.AWS_VERSION / mirror._platform()).mkdir(parents=True)
    return base


def test_env_var_wins_over_standard_places(tmp_path, monkeypatch):
    chosen = fake_mirror(tmp_path / "chosen")
    monkeypatch.setenv(mirror.MIRROR_ENV, str(chosen))
    assert mirror.find_mirror() == chosen


def test_env_var_naming_a_folder_without_the_provider_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(mirror.MIRROR_ENV, str(tmp_path))
    with pytest.raises(FileNotFoundError, match="does not hold registry.terraform.io/hashicorp/aws 5.100.0"):
        mirror.find_mirror()


def test_standard_places_are_searched_when_no_env_var(tmp_path, monkeypatch):
    monkeypatch.delenv(mirror.MIRROR_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "nothing"))
    monkeypatch.setattr(mirror, "candidate_dirs", lambda: [tmp_path / "a", fake_mirror(tmp_path / "b")])
    assert mirror.find_mirror() == tmp_path / "b"
    monkeypatch.setattr(mirror, "candidate_dirs", lambda: [tmp_path / "a"])
    assert mirror.find_mirror() is None


def test_packed_layout_counts_too(tmp_path):
    folder = tmp_path / mirror.AWS_PROVIDER
    folder.mkdir(parents=True)
    (folder / f"terraform-provider-aws_{mirror.AWS_VERSION}_{mirror._platform()}.zip").write_bytes(b"zip")
    assert mirror.has_provider(tmp_path)
