"""Validation messages: length limits of text speak of characters (字), of lists of items (项), in both languages."""
import pytest
from pydantic import BaseModel, Field, ValidationError

from kernel.errors import translate_validation_errors
from kernel.types import Line, Paragraphs


class Form(BaseModel):
    description: Paragraphs(5000, 5)  # type: ignore[valid-type]
    title: Line(10, 2)  # type: ignore[valid-type]
    plain: str = Field("abc", min_length=2, max_length=4)
    tags: list[str] = Field(default_factory=lambda: ["a"], min_length=1, max_length=2)


def messages(lang: str, **values: object) -> dict[str, tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        Form(**{"description": "足够长的描述", "title": "标题", **values})
    return {e["field"]: (e["code"], e["message"]) for e in translate_validation_errors(caught.value.errors(), lang)}


@pytest.mark.parametrize("lang, short, long_, few, many", [
    ("zh", "至少 5 个字", "最多 10 个字", "至少 1 项", "最多 2 项"),
    ("en", "At least 5 characters", "At most 10 characters", "At least 1 item", "At most 2 items"),
])
def test_text_limits_count_characters_and_list_limits_count_items(lang, short, long_, few, many):
    # a text type whose limit sits behind a validator (kernel.types) is still text: characters, not items
    got = messages(lang, description="太短", title="一" * 11)
    assert got["description"] == ("string_too_short", short)
    assert got["title"] == ("string_too_long", long_)
    assert messages(lang, tags=[])["tags"] == ("too_short", few)
    assert messages(lang, tags=["a", "b", "c"])["tags"] == ("too_long", many)


def test_plain_string_limits():
    assert messages("zh", plain="a")["plain"] == ("string_too_short", "至少 2 个字")
    assert messages("zh", plain="abcde")["plain"] == ("string_too_long", "最多 4 个字")
    assert messages("en", plain="abcde")["plain"] == ("string_too_long", "At most 4 characters")


def test_no_message_says_items_for_text():
    for lang in ("zh", "en"):
        for _, message in messages(lang, description="x", title="y").values():
            assert "项" not in message and "items" not in message
