"""What the window remembers between runs."""

from __future__ import annotations

from briefing.gui.settings import DEFAULT_LENGTH, MAX_RECENT, Settings


def test_defaults_before_anything_is_chosen(settings: Settings) -> None:
    assert settings.length_mode == "sentences"
    assert settings.length_value("words") == DEFAULT_LENGTH["words"]
    assert settings.algorithm == "auto"
    assert settings.page_size == "A4"
    assert settings.recent_files == []


def test_each_length_mode_keeps_its_own_value(settings: Settings) -> None:
    settings.set_length_value("sentences", 5)
    settings.set_length_value("ratio", 40)
    assert settings.length_value("sentences") == 5
    assert settings.length_value("ratio") == 40


def test_reopened_file_moves_to_the_top_of_recent_files(settings: Settings) -> None:
    settings.add_recent("/a.txt")
    settings.add_recent("/b.txt")
    settings.add_recent("/a.txt")
    assert settings.recent_files == ["/a.txt", "/b.txt"]


def test_recent_files_are_capped(settings: Settings) -> None:
    for n in range(MAX_RECENT + 3):
        settings.add_recent(f"/{n}.txt")
    assert len(settings.recent_files) == MAX_RECENT


def test_unknown_page_size_falls_back_to_a4(settings: Settings) -> None:
    settings.store.setValue("page_size", "A3")
    assert settings.page_size == "A4"
