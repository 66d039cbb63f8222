"""The fake Discord's fixture, for the tests that run `wellspring run` as a process."""

from tests.e2e.conftest import fake  # noqa: F401  (a fixture, found by name)
