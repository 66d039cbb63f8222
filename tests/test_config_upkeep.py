"""The settings for retention, invite links and /about: checked at start-up, one line each."""

from __future__ import annotations

import pytest

from bot.config import SettingsInvalid, load_settings


def settings(**env):
    return load_settings(env, env_file=None)


def test_unset_means_keep_and_ask_discord():
    s = settings()
    assert s.retention_days is None and s.application_id is None and s.source_url is None


def test_good_values_are_read():
    s = settings(WELLSPRING_RETENTION_DAYS="90", WELLSPRING_APPLICATION_ID="123456789012345678",
                 WELLSPRING_SOURCE_URL="https://example.org/wellspring")
    assert (s.retention_days, s.application_id, s.source_url) == (90, 123456789012345678,
                                                                  "https://example.org/wellspring")


@pytest.mark.parametrize(("name", "value", "says"), [
    ("WELLSPRING_RETENTION_DAYS", "0", "from 1 to 3650"),
    ("WELLSPRING_RETENTION_DAYS", "-5", "from 1 to 3650"),
    ("WELLSPRING_RETENTION_DAYS", "30d", "not '30d'"),
    ("WELLSPRING_RETENTION_DAYS", "99999", "from 1 to 3650"),
    ("WELLSPRING_APPLICATION_ID", "12ab", "15 to 21 digits"),
    ("WELLSPRING_APPLICATION_ID", "123", "15 to 21 digits"),
    ("WELLSPRING_SOURCE_URL", "http://example.org", "https://"),
    ("WELLSPRING_SOURCE_URL", "https://exa mple.org", "https://"),
])
def test_bad_values_are_one_line_each(name, value, says):
    with pytest.raises(SettingsInvalid) as raised:
        settings(**{name: value})
    assert len(raised.value.problems) == 1
    problem = raised.value.problems[0]
    assert problem.startswith(name) and says in problem and "\n" not in problem


def test_every_problem_at_once():
    with pytest.raises(SettingsInvalid) as raised:
        settings(WELLSPRING_RETENTION_DAYS="none", WELLSPRING_APPLICATION_ID="x", WELLSPRING_LOG_LEVEL="loud")
    assert len(raised.value.problems) == 3
