"""A person's country when no article gives it, read from how the name is written.

News on Kazakhstan and China writes Chinese names in Hanyu Pinyin, surname first: "Zhao Guoying",
"Lyu Xianjing". A name whose first word is a common Chinese surname and whose every word is one or
two Pinyin syllables is taken as Chinese. Nothing else is guessed: Kazakh, Russian and other
names share their spelling across countries.
"""

from __future__ import annotations

import re
from functools import lru_cache

SURNAMES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lyu lu
    ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin
    qiu hou yin xue yan duan lei long hao kong shao wan qian tao dai gu mao hong mo kang gong xi""".split()
)
_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s y w".split() + [""]
_FINALS = """a o e i u v ai ei ui ao ou iu ie ve er an en in un vn ang eng ing ong ia iao ian iang iong ua uo
    uai uan uang ue yu yue yuan yun""".split()
_SYLLABLES = frozenset(i + f for i in _INITIALS for f in _FINALS) | {"lyu", "nyu"}
_SYLLABLE = "|".join(sorted(_SYLLABLES, key=len, reverse=True))
_WORD = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


@lru_cache(maxsize=4096)
def name_country(name: str) -> str | None:
    """"China" for a Pinyin name ("Song Baowei"), else None."""
    words = name.lower().replace("-", " ").split()
    if len(words) < 2 or words[0] not in SURNAMES:
        return None
    return "China" if all(_WORD.fullmatch(w) for w in words) else None
