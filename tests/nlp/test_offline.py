"""The shipped models alone are enough: no NLTK data elsewhere, no network, no download."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, socket
def no_network(*args, **kwargs):
    raise OSError("network used")
socket.socket.connect = no_network
socket.create_connection = no_network

import briefing.nlp
from briefing.nlp.resources import ensure_data_path
ensure_data_path()
import nltk
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser

text = "Mr. Erdogan met Mr. Putin in Sochi on Monday. They discussed Idlib."
parser = PlaintextParser.from_string(text, Tokenizer("english"))
words = nltk.word_tokenize("Vladimir Putin visited Ankara.")
print(json.dumps({
    "sent_tokenize": nltk.sent_tokenize(text),
    "pos_tag": nltk.pos_tag(["The", "talks", "ended", "."]),
    "sumy": [str(s) for s in parser.document.sentences],
    "entities": briefing.nlp.find_entities(words),
}))
"""


def test_models_work_from_shipped_resources_only(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert len(out["sent_tokenize"]) == 2
    assert [t for _, t in out["pos_tag"]] == ["DT", "NNS", "VBD", "."]
    assert len(out["sumy"]) == 2
    assert [0, 2, "PERSON"] in out["entities"] and [3, 4, "LOCATION"] in out["entities"]
