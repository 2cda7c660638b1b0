"""Washington Group Short Set (WG-SS): six domains answered 1–4.

1 no difficulty, 2 some difficulty, 3 a lot of difficulty, 4 cannot do at all.  A person counts as
having a disability when any domain is 3 or 4.  (Regsosek 2022 reverses the codes; any mapping from
it must be explicit, see ``from_regsosek``.)
"""

from __future__ import annotations

from collections.abc import Iterable

DOMAINS = ("seeing", "hearing", "walking", "cognition", "selfcare", "communication")

QUESTIONS = {
    "seeing": "Apakah Anda mengalami kesulitan melihat, bahkan saat memakai kacamata?",
    "hearing": "Apakah Anda mengalami kesulitan mendengar, bahkan saat memakai alat bantu dengar?",
    "walking": "Apakah Anda mengalami kesulitan berjalan atau menaiki tangga?",
    "cognition": "Apakah Anda mengalami kesulitan mengingat atau berkonsentrasi?",
    "selfcare": "Apakah Anda mengalami kesulitan mengurus diri sendiri, seperti mandi atau berpakaian?",
    "communication": (
        "Dengan bahasa sehari-hari, apakah Anda mengalami kesulitan berkomunikasi, "
        "misalnya memahami atau dipahami orang lain?"
    ),
}

DOMAIN_LABELS = {
    "seeing": "Melihat",
    "hearing": "Mendengar",
    "walking": "Berjalan",
    "cognition": "Mengingat/konsentrasi",
    "selfcare": "Mengurus diri",
    "communication": "Berkomunikasi",
}

ANSWERS = {
    1: "Tidak ada kesulitan",
    2: "Ada sedikit kesulitan",
    3: "Banyak kesulitan",
    4: "Tidak bisa sama sekali",
}

DISABILITY_THRESHOLD = 3


def has_disability(answers: Iterable[int | None]) -> bool:
    return any(a is not None and a >= DISABILITY_THRESHOLD for a in answers)


def domains_with_difficulty(answers: dict[str, int | None]) -> list[str]:
    return [d for d in DOMAINS if (answers.get(d) or 0) >= DISABILITY_THRESHOLD]


def valid_answer(value: int | None) -> bool:
    return value is None or value in ANSWERS


def from_regsosek(code: int) -> int:
    """Regsosek 2022 items 428a–j use 1 = cannot do at all … 4 = no difficulty."""
    if code not in (1, 2, 3, 4):
        raise ValueError(f"kode Regsosek tidak dikenal: {code}")
    return 5 - code
