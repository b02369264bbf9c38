"""The app's shared resources: a gazetteer to build is built in a process of its own, not under the server's lock."""

from __future__ import annotations

import subprocess
import sys

from webapp import resources


def test_a_missing_gazetteer_is_built_by_a_process_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path))
    calls = []
    monkeypatch.setattr(subprocess, "run", lambda args, **kw: calls.append(args))
    resources.build_gazetteer_apart()
    assert calls == [[sys.executable, "-m", "gazetteer", "build"]]


def test_a_sound_gazetteer_is_left_alone(gazetteer, monkeypatch):
    calls = []
    monkeypatch.setattr(subprocess, "run", lambda args, **kw: calls.append(args))
    resources.build_gazetteer_apart()  # the session's index, built and sealed by the `gazetteer` fixture
    assert calls == []
