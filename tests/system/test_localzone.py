"""The local zone's IANA name, read from a made-up ``/etc`` and environment."""

from __future__ import annotations

import os

import pytest

from familysafe.system.localzone import local_zone_name


@pytest.fixture
def root(tmp_path):
    (tmp_path / "etc").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    "target",
    [
        "/usr/share/zoneinfo/Europe/Berlin",
        "../usr/share/zoneinfo/posix/Europe/Berlin",
        "/var/db/timezone/zoneinfo/Europe/Berlin",  # macOS
    ],
)
def test_the_localtime_link_names_the_zone(root, target):
    os.symlink(target, root / "etc" / "localtime")
    assert local_zone_name({}, root) == "Europe/Berlin"


def test_debian_timezone_file_when_localtime_is_a_copy(root):
    (root / "etc" / "localtime").write_bytes(b"TZif")
    (root / "etc" / "timezone").write_text("America/New_York\n")
    assert local_zone_name({}, root) == "America/New_York"


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        ("Asia/Tokyo", "Asia/Tokyo"),
        (":Europe/Paris", "Europe/Paris"),
        ("/usr/share/zoneinfo/Australia/Sydney", "Australia/Sydney"),
        ("CET-1CEST,M3.5.0,M10.5.0/3", None),  # a POSIX rule, not a name: unknown
        ("../../etc/passwd", None),
    ],
)
def test_tz_wins_and_an_unreadable_tz_means_unknown(root, tz, expected):
    os.symlink("/usr/share/zoneinfo/Europe/Berlin", root / "etc" / "localtime")
    assert local_zone_name({"TZ": tz}, root) == expected


def test_nothing_to_go_on_is_unknown(root):
    assert local_zone_name({}, root) is None
    os.symlink("/somewhere/else", root / "etc" / "localtime")
    assert local_zone_name({}, root) is None
