"""Flat SVG pictograms for the sample illustrations, each drawn in a 100 x 100 box.

Each entry: Dutch noun phrase for the alt text, and a function (ink, accent, light) -> SVG.
"""
from __future__ import annotations


def _bike(ink, accent, light):
    return (f'<circle cx="25" cy="68" r="18" fill="none" stroke="{ink}" stroke-width="5"/>'
            f'<circle cx="75" cy="68" r="18" fill="none" stroke="{ink}" stroke-width="5"/>'
            f'<path d="M25 68 L42 40 L68 40 L75 68 M42 40 L50 68 L25 68 M66 32 L74 32" fill="none" stroke="{accent}" stroke-width="5" stroke-linejoin="round"/>')


def _wrench(ink, accent, light):
    return (f'<rect x="44" y="30" width="12" height="62" rx="5" fill="{ink}"/>'
            f'<path d="M30 22 A20 20 0 0 0 70 22 L60 22 L60 10 L40 10 L40 22 Z" fill="{ink}"/>')


def _house(ink, accent, light):
    return (f'<path d="M15 50 L50 18 L85 50 Z" fill="{accent}"/><rect x="22" y="48" width="56" height="44" fill="{ink}"/>'
            f'<rect x="44" y="66" width="14" height="26" fill="{light}"/><rect x="28" y="56" width="11" height="11" fill="{light}"/>'
            f'<rect x="62" y="56" width="11" height="11" fill="{light}"/>')


def _tree(ink, accent, light):
    return f'<rect x="45" y="55" width="10" height="38" fill="{ink}"/><circle cx="50" cy="40" r="28" fill="{accent}"/>'


def _person(ink, accent, light):
    return f'<circle cx="50" cy="24" r="13" fill="{ink}"/><path d="M26 92 L30 52 Q50 38 70 52 L74 92 Z" fill="{accent}"/>'


def _two_people(ink, accent, light):
    return (f'<circle cx="32" cy="28" r="11" fill="{ink}"/><path d="M14 92 L17 56 Q32 44 47 56 L50 92 Z" fill="{accent}"/>'
            f'<circle cx="68" cy="28" r="11" fill="{ink}"/><path d="M50 92 L53 56 Q68 44 83 56 L86 92 Z" fill="{light}" stroke="{ink}" stroke-width="3"/>')


def _factory(ink, accent, light):
    return (f'<path d="M8 92 L8 50 L30 36 L30 50 L52 36 L52 50 L74 36 L74 20 L88 20 L88 92 Z" fill="{ink}"/>'
            f'<rect x="18" y="64" width="12" height="12" fill="{light}"/><rect x="40" y="64" width="12" height="12" fill="{light}"/>'
            f'<rect x="62" y="64" width="12" height="12" fill="{accent}"/>')


def _town_hall(ink, accent, light):
    return (f'<rect x="14" y="40" width="72" height="52" fill="{ink}"/><path d="M8 42 L50 14 L92 42 Z" fill="{accent}"/>'
            f'<circle cx="50" cy="32" r="7" fill="{light}"/><rect x="42" y="66" width="16" height="26" fill="{light}"/>'
            f'<rect x="22" y="52" width="10" height="14" fill="{light}"/><rect x="68" y="52" width="10" height="14" fill="{light}"/>')


def _shop(ink, accent, light):
    return (f'<rect x="12" y="40" width="76" height="52" fill="{ink}"/>'
            f'<path d="M8 40 L14 22 L86 22 L92 40 Z" fill="{accent}"/><rect x="20" y="50" width="36" height="26" fill="{light}"/>'
            f'<rect x="64" y="50" width="16" height="42" fill="{light}"/>')


def _phone(ink, accent, light):
    return (f'<rect x="30" y="8" width="40" height="84" rx="7" fill="{ink}"/><rect x="35" y="16" width="30" height="60" fill="{light}"/>'
            f'<circle cx="50" cy="84" r="4" fill="{accent}"/><path d="M43 40 L57 40 M43 50 L57 50" stroke="{accent}" stroke-width="4"/>')


def _calendar(ink, accent, light):
    cells = "".join(f'<rect x="{18 + 17 * (n % 4)}" y="{42 + 15 * (n // 4)}" width="12" height="10" fill="{accent if n == 5 else light}"/>'
                    for n in range(12))
    return f'<rect x="10" y="18" width="80" height="74" rx="5" fill="{ink}"/><rect x="10" y="18" width="80" height="16" fill="{accent}"/>{cells}'


def _chart(ink, accent, light):
    return (f'<rect x="8" y="12" width="84" height="60" rx="4" fill="{ink}"/><rect x="14" y="18" width="72" height="48" fill="{light}"/>'
            f'<rect x="22" y="46" width="10" height="16" fill="{accent}"/><rect x="38" y="36" width="10" height="26" fill="{ink}"/>'
            f'<rect x="54" y="30" width="10" height="32" fill="{accent}"/><rect x="70" y="22" width="10" height="40" fill="{ink}"/>'
            f'<rect x="44" y="72" width="12" height="12" fill="{ink}"/><rect x="30" y="84" width="40" height="6" fill="{ink}"/>')


def _forklift(ink, accent, light):
    return (f'<rect x="18" y="44" width="42" height="32" fill="{accent}"/><path d="M28 44 L32 22 L54 22 L58 44" fill="none" stroke="{ink}" stroke-width="5"/>'
            f'<rect x="62" y="14" width="5" height="70" fill="{ink}"/><rect x="62" y="78" width="30" height="5" fill="{ink}"/>'
            f'<rect x="70" y="58" width="20" height="20" fill="{light}" stroke="{ink}" stroke-width="3"/>'
            f'<circle cx="28" cy="82" r="10" fill="{ink}"/><circle cx="54" cy="82" r="10" fill="{ink}"/>')


def _boxes(ink, accent, light):
    return (f'<rect x="12" y="56" width="36" height="36" fill="{accent}" stroke="{ink}" stroke-width="3"/>'
            f'<rect x="52" y="56" width="36" height="36" fill="{light}" stroke="{ink}" stroke-width="3"/>'
            f'<rect x="32" y="20" width="36" height="36" fill="{accent}" stroke="{ink}" stroke-width="3"/>')


def _cup(ink, accent, light):
    return (f'<path d="M20 40 L70 40 L64 86 L26 86 Z" fill="{ink}"/><path d="M70 50 Q88 52 84 66 Q80 76 66 74" fill="none" stroke="{ink}" stroke-width="6"/>'
            f'<path d="M34 30 Q30 20 38 12 M48 30 Q44 20 52 12" fill="none" stroke="{accent}" stroke-width="4"/>')


def _table(ink, accent, light):
    return (f'<rect x="8" y="44" width="84" height="10" fill="{accent}"/><rect x="16" y="54" width="8" height="38" fill="{ink}"/>'
            f'<rect x="76" y="54" width="8" height="38" fill="{ink}"/>')


def _certificate(ink, accent, light):
    return (f'<rect x="10" y="16" width="80" height="58" fill="{light}" stroke="{ink}" stroke-width="4"/>'
            f'<path d="M22 32 L78 32 M22 44 L70 44 M22 56 L60 56" stroke="{ink}" stroke-width="4"/>'
            f'<circle cx="72" cy="68" r="12" fill="{accent}"/><path d="M64 78 L60 94 L72 86 L84 94 L80 78" fill="{accent}"/>')


def _speech(ink, accent, light):
    return (f'<path d="M8 14 L58 14 L58 48 L26 48 L14 60 L16 48 L8 48 Z" fill="{accent}"/>'
            f'<path d="M42 40 L92 40 L92 74 L84 74 L86 86 L74 74 L42 74 Z" fill="{ink}"/>')


def _crane(ink, accent, light):
    return (f'<rect x="30" y="20" width="8" height="72" fill="{ink}"/><rect x="10" y="16" width="84" height="7" fill="{accent}"/>'
            f'<path d="M80 23 L80 50" stroke="{ink}" stroke-width="2"/><rect x="72" y="50" width="16" height="12" fill="{accent}"/>'
            f'<path d="M34 16 L50 4 L66 16" fill="none" stroke="{ink}" stroke-width="3"/>')


def _plant(ink, accent, light):
    return (f'<path d="M34 66 L66 66 L60 92 L40 92 Z" fill="{ink}"/><path d="M50 66 L50 34" stroke="{accent}" stroke-width="4"/>'
            f'<path d="M50 46 Q30 44 26 26 Q46 26 50 46 Z M50 40 Q68 36 74 18 Q54 18 50 40 Z" fill="{accent}"/>')


def _washing_machine(ink, accent, light):
    return (f'<rect x="18" y="10" width="64" height="82" rx="5" fill="{light}" stroke="{ink}" stroke-width="4"/>'
            f'<circle cx="50" cy="56" r="22" fill="{accent}" stroke="{ink}" stroke-width="4"/><rect x="26" y="18" width="20" height="8" fill="{ink}"/>')


def _basket(ink, accent, light):
    return (f'<path d="M8 40 L92 40 L80 88 L20 88 Z" fill="{accent}"/><path d="M28 40 L44 12 M72 40 L56 12" stroke="{ink}" stroke-width="5"/>'
            f'<path d="M30 52 L34 80 M50 52 L50 80 M70 52 L66 80" stroke="{ink}" stroke-width="4"/>')


def _star(ink, accent, light):
    return (f'<circle cx="50" cy="50" r="40" fill="{ink}"/>'
            f'<path d="M50 20 L58 42 L82 42 L63 56 L70 80 L50 66 L30 80 L37 56 L18 42 L42 42 Z" fill="{accent}"/>')


def _bus(ink, accent, light):
    return (f'<rect x="8" y="26" width="84" height="50" rx="8" fill="{accent}"/><rect x="16" y="34" width="20" height="16" fill="{light}"/>'
            f'<rect x="40" y="34" width="20" height="16" fill="{light}"/><rect x="64" y="34" width="20" height="16" fill="{light}"/>'
            f'<circle cx="28" cy="80" r="9" fill="{ink}"/><circle cx="72" cy="80" r="9" fill="{ink}"/>')


def _map_pin(ink, accent, light):
    return (f'<path d="M8 30 L36 20 L64 30 L92 20 L92 84 L64 94 L36 84 L8 94 Z" fill="{light}" stroke="{ink}" stroke-width="3"/>'
            f'<path d="M36 20 L36 84 M64 30 L64 94" stroke="{ink}" stroke-width="2" stroke-dasharray="5 4"/>'
            f'<path d="M50 70 L38 46 A14 14 0 1 1 62 46 Z" fill="{accent}"/><circle cx="50" cy="40" r="5" fill="{light}"/>')


def _heart(ink, accent, light):
    return f'<path d="M50 88 L14 50 A20 20 0 0 1 50 24 A20 20 0 0 1 86 50 Z" fill="{accent}"/>'


def _barn(ink, accent, light):
    return (f'<path d="M10 48 L50 14 L90 48 Z" fill="{accent}"/><rect x="16" y="46" width="68" height="46" fill="{ink}"/>'
            f'<rect x="38" y="60" width="24" height="32" fill="{light}"/><path d="M38 60 L62 92 M62 60 L38 92" stroke="{ink}" stroke-width="3"/>')


def _book(ink, accent, light):
    return (f'<path d="M50 26 Q30 14 8 20 L8 82 Q30 76 50 88 Q70 76 92 82 L92 20 Q70 14 50 26 Z" fill="{light}" stroke="{ink}" stroke-width="4"/>'
            f'<path d="M50 26 L50 88" stroke="{ink}" stroke-width="3"/><path d="M18 36 L40 38 M18 48 L40 50 M60 38 L82 36 M60 50 L82 48" stroke="{accent}" stroke-width="4"/>')


def _school(ink, accent, light):
    return (f'<rect x="10" y="44" width="80" height="48" fill="{ink}"/><path d="M6 46 L50 22 L94 46 Z" fill="{accent}"/>'
            f'<path d="M50 22 L50 4 L66 9 L50 14" fill="{accent}" stroke="{ink}" stroke-width="2"/>'
            f'<rect x="20" y="56" width="14" height="12" fill="{light}"/><rect x="66" y="56" width="14" height="12" fill="{light}"/>'
            f'<rect x="42" y="66" width="16" height="26" fill="{light}"/>')


def _bridge(ink, accent, light):
    return (f'<path d="M4 60 Q50 10 96 60" fill="none" stroke="{accent}" stroke-width="8"/><rect x="4" y="58" width="92" height="8" fill="{ink}"/>'
            f'<path d="M20 60 L20 40 M35 60 L35 30 M50 60 L50 26 M65 60 L65 30 M80 60 L80 40" stroke="{ink}" stroke-width="3"/>'
            f'<path d="M4 80 Q25 74 50 80 Q75 86 96 80" fill="none" stroke="{accent}" stroke-width="4"/>')


def _sun(ink, accent, light):
    rays = "".join(f'<rect x="47" y="6" width="6" height="14" fill="{accent}" transform="rotate({r} 50 50)"/>' for r in range(0, 360, 45))
    return f'{rays}<circle cx="50" cy="50" r="22" fill="{accent}"/>'


PICTOGRAMS = {
    "bike": ("een fiets", _bike), "wrench": ("een steeksleutel", _wrench), "house": ("een huis", _house),
    "tree": ("een boom", _tree), "person": ("een persoon", _person), "two_people": ("twee mensen", _two_people),
    "factory": ("een fabriekshal", _factory), "town_hall": ("een gemeentehuis", _town_hall), "shop": ("een winkel", _shop),
    "phone": ("een telefoon", _phone), "calendar": ("een kalender", _calendar),
    "chart": ("een beeldscherm met een staafdiagram", _chart), "forklift": ("een heftruck", _forklift),
    "boxes": ("een stapel dozen", _boxes), "cup": ("een kop koffie", _cup), "table": ("een tafel", _table),
    "certificate": ("een certificaat", _certificate), "speech": ("twee tekstballonnen", _speech),
    "crane": ("een hijskraan", _crane), "plant": ("een plant in een pot", _plant),
    "washing_machine": ("een wasmachine", _washing_machine), "basket": ("een winkelmandje", _basket),
    "star": ("een ster in een cirkel", _star), "bus": ("een busje", _bus), "map": ("een kaart met een markering", _map_pin),
    "heart": ("een hart", _heart), "barn": ("een schuur", _barn), "book": ("een open boek", _book),
    "school": ("een schoolgebouw", _school), "bridge": ("een brug", _bridge), "sun": ("een zon", _sun),
}
