"""The structure a careful reader sees in each text of the shared corpus (`../shared/corpus/text/`).

Each value was written by reading the text itself (and, for the thirteen resolutions the UN has published in
Akoma Ntoso, by checking the UN's own markup), never by looking at what the converter makes of it. The counts
are in the sense of `akn_structure.py signature` over the main document:

- `preamble`: preambular paragraphs (the enacting formula, and a "Therefore ..." formula in mid-preamble, are
  not counted);
- `operative`: printed numbers of the top-level operative paragraphs, unnumbered ones left out;
- `points`: sub-paragraphs ((a), (i), (1), dashes, numbered items under a "RESOLVED ... to:") in the operative
  part of the main document, all levels, annexes not counted;
- `notes`: distinct footnotes of the whole document, annexes included, a note printed on every page once;
  a footnote counts when its text is in the document;
- `annexes`: top-level annexes/exhibits (an annex to an annex counts inside its parent);
- `kind`: the `name` of the document element; `language`: ISO 639-2.

Optional keys pin facts printed in the text: `symbol` (FRBRnumber showAs), `date` (work date: adoption, for
drafts issuance) and `sponsors` (the docProponent elements of a draft, in order).

`missing` (for texts the UN has not published in Akoma Ntoso) is what `akn_structure.py retention` may list
as missing, exactly, as printed, with the reason each word is not content; a text without it loses no word.
"""

from __future__ import annotations

EXPECTED: dict[str, dict] = {
    "A-80-L.1.txt": {
        "preamble": 3,
        "operative": ["a", "b"],
        "points": 0,
        "notes": 3,
        "annexes": 0,
        "kind": "draftDecision",
        "language": "eng",
        "symbol": "A/80/L.1",
        "date": "2025-09-09",
        "sponsors": [
            "France", "Guinea", "Indonesia", "Ireland", "Qatar", "Saudi Arabia", "State of Palestine",
        ],
        "why": "A draft decision: after three 'Recalling' paragraphs the operative part is (a) and (b) at top"
        " level with no numbered paragraph above them, so they are the operative list, not points. The notes"
        " are '*' on the agenda item, '**' on the sponsors and '1' on the Declaration; the page break falls "
        "before (b).",
        "missing": (
            "14304x2 100925 2514304",
            (
                "page furniture: the job number '25-14304 (E)' (printed twice), its date code '100925' and the "
                "barcode '*2514304*'"
            ),
        ),
    },
    "A-C.1-80-L.46.txt": {
        "preamble": 18,
        "operative": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
        "points": 0,
        "notes": 4,
        "annexes": 0,
        "kind": "draftResolution",
        "language": "eng",
        "symbol": "A/C.1/80/L.46",
        "date": "2025-10-15",
        "sponsors": [
            "Albania", "Australia", "Austria", "Belgium", "Bolivia (Plurinational State of)",
            "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Canada", "Chile", "Croatia", "Cyprus", "Czechia",
            "Denmark", "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Iceland", "Ireland",
            "Italy", "Kenya", "Latvia", "Lithuania", "Luxembourg", "Malta", "Morocco",
            "Netherlands (Kingdom of the)", "Nigeria", "North Macedonia", "Norway", "Pakistan", "Philippines",
            "Poland", "Portugal", "Republic of Korea", "Republic of Moldova", "Romania", "San Marino",
            "Singapore", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Türkiye", "Ukraine",
            "United Kingdom of Great Britain and Northern Ireland",
        ],
        "why": "Counted 18 preambular paragraphs one by one (Recalling ... Recognizing the value of an "
        "inclusive multilateral exchange), one more than the rough count in PROVENANCE.md; 50 sponsors "
        "wrapped over 8 lines, the names with parentheses kept whole.",
        "missing": (
            "16694x4 231025 2516694",
            "page furniture: the job number '25-16694' (four times), its date code and the barcode",
        ),
    },
    "A-C.2-80-L.63.txt": {
        "preamble": 0,
        "operative": [],
        "points": 0,
        "notes": 1,
        "annexes": 0,
        "kind": "amendment",
        "language": "eng",
        "symbol": "A/C.2/80/L.63",
        "date": "2025-11-24",
        "sponsors": ["Denmark"],
        "why": "An amendment document: its only content is the unnumbered instruction 'Delete operative "
        "paragraphs 3, 43 and 45.' (the numbers in it are not paragraphs of this document); the '*' after "
        "'Denmark' is the one note (on behalf of the EU members).",
        "missing": (
            "19244 251125 2519244",
            "page furniture: the job number '25-19244 (E)', its date code and the barcode",
        ),
    },
    "A-C.3-80-L.10.txt": {
        "preamble": 41,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25",
        ],
        "points": 0,
        "notes": 4,
        "annexes": 0,
        "kind": "draftResolution",
        "language": "eng",
        "symbol": "A/C.3/80/L.10",
        "date": "2025-10-14",
        "sponsors": ["Peru"],
        "why": "41 preambular paragraphs counted one by one, including the two exploded one word per line "
        "('Recognizing / the / important / role ...') and the one cut by the footnote block after page 1; "
        "the marker '1' alone at the start of a line after 'Development' is note 1, not a paragraph.",
        "missing": (
            "16620x8 201025 2516620",
            "page furniture: the job number '25-16620' (eight times), its date code and the barcode",
        ),
    },
    "A-C.3-80-L.9.txt": {
        "preamble": 20,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22",
        ],
        "points": 0,
        "notes": 10,
        "annexes": 0,
        "kind": "draftResolution",
        "language": "eng",
        "symbol": "A/C.3/80/L.9",
        "date": "2025-10-17",
        "why": "Submitted by the Chair on the recommendation of ECOSOC, so no sponsor countries are pinned. "
        "'20223' is 2022 plus note 3; the '(a) firstly ... (b) secondly ... (c) thirdly' in op 18 run inside"
        " one sentence, an inline enumeration and not sub-paragraphs, so points stay 0.",
        "missing": (
            "16872x6 291025 2516872 20223",
            (
                "page furniture: the job number '25-16872' (six times), its date code and the barcode; '20223' "
                "is the year 2022 with the marker of note 3 glued on, kept as '2022' and the note"
            ),
        ),
    },
    "A-C.6-80-L.5.txt": {
        "preamble": 1,
        "operative": ["1", "2"],
        "points": 0,
        "notes": 0,
        "annexes": 0,
        "kind": "draftResolution",
        "language": "eng",
        "symbol": "A/C.6/80/L.5",
        "date": "2025-10-08",
        "sponsors": ["Barbados", "Burkina Faso", "Ghana"],
        "why": "Tiny draft; the paragraph numbers stand alone on their lines and belong to the text below "
        "them.",
        "missing": (
            "16083 101025 2516083",
            "page furniture: the job number '25-16083 (E)', its date code and the barcode",
        ),
    },
    "A-RES-192-III-extract.dfat.md.txt": {
        "preamble": 0,
        "operative": [],
        "points": 0,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1948-11-19",
        "why": "An extract: the preamble is replaced by '[matter omitted]' after the formula, so no "
        "preambular paragraph; the four operative paragraphs (Recommends, Trusts, Invites, Invites) are "
        "unnumbered. The archive reference '[AA : A816, 4/301/43]' is not a note.",
    },
    "A-RES-78-12.txt": {
        "preamble": 5,
        "operative": ["1", "2"],
        "points": 0,
        "notes": 4,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/78/12",
        "date": "2023-11-29",
        "why": "Four notes on the first preambular paragraph, glued ('Rights,1', 'Child3') or spaced "
        "('Disabilities, 4'); the footnote block and running header between op 1 and op 2 are page "
        "furniture. Agrees with the UN's file.",
    },
    "A-RES-78-249.es.txt": {
        "preamble": 2,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19",
        ],
        "points": 3,
        "notes": 4,
        "annexes": 1,
        "kind": "resolution",
        "language": "spa",
        "symbol": "A/RES/78/249",
        "date": "2023-12-22",
        "why": "Spanish text of A/RES/78/249: op 16 has a) b) c); the annex table's notes a-c are the table's"
        " own notes printed under it, kept with the table as the UN's file does, so only footnotes 1-4 "
        "count; the table's cells are not paragraphs.",
    },
    "A-RES-78-249.txt": {
        "preamble": 2,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19",
        ],
        "points": 3,
        "notes": 4,
        "annexes": 1,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/78/249",
        "date": "2023-12-22",
        "why": "Op 16 has (a)-(c); the annex is a financial table flattened one cell per line, whose numbers "
        "('63 930 800') are not paragraphs; its notes a-c stay with the table (as in the UN's file), so "
        "notes are footnotes 1-4.",
    },
    "A-RES-78-252.txt": {
        "preamble": 7,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34",
            "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50",
            "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66",
            "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77",
        ],
        "points": 5,
        "notes": 7,
        "annexes": 1,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/78/252",
        "date": "2023-12-22",
        "why": "Ops 33-77 sit under Part / Section headings but keep their own numbers; points are op 31 "
        "(a)-(c) and op 40 (a)-(b); 'for 20242' is 2024 plus note 2 and the line starting '4 April 2007' is "
        "a wrap, not a paragraph. The UN's file agrees on the counts but marks the Part/Section headings as "
        "empty paragraphs.",
    },
    "A-RES-78-317.txt": {
        "preamble": 1,
        "operative": ["1", "2"],
        "points": 0,
        "notes": 16,
        "annexes": 1,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/78/317",
        "date": "2024-07-16",
        "why": "The resolution itself is one preambular paragraph and two ops; the outcome document with all "
        "its (a)/(i) lists and all 16 footnotes is the annex, so its points do not count here.",
    },
    "A-RES-79-117.txt": {
        "preamble": 5,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25", "26", "27",
        ],
        "points": 14,
        "notes": 31,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/79/117",
        "date": "2024-12-04",
        "why": "Ops numbered continuously across the Roman sections I-XI (headings with a title line, not "
        "paragraphs); points are op 2 (a)-(c), op 7 (a)-(f) and op 15 (a)-(e). Agrees with the UN's file.",
    },
    "A-RES-79-131.txt": {
        "preamble": 1,
        "operative": ["1", "2"],
        "points": 0,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/79/131",
        "date": "2024-12-04",
        "why": "Numbers alone on their lines; nothing else to judge. Agrees with the UN's file.",
    },
    "A-RES-79-243.txt": {
        "preamble": 5,
        "operative": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        "points": 0,
        "notes": 1,
        "annexes": 1,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/79/243",
        "date": "2024-12-24",
        "why": "One annex, the Convention; the 'Annex' of interpretative notes after 'IN WITNESS WHEREOF' "
        "belongs to the Convention (the resolution has a single unnumbered annex and adopts only the "
        "Convention), so it is an annex of the annex. The only footnote is the Convention's last one; the "
        "treaty's own preamble and articles do not count in the resolution's preamble or operative part.",
    },
    "A-RES-80-114.txt": {
        "preamble": 1,
        "operative": [],
        "points": 0,
        "notes": 1,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/80/114",
        "date": "2025-12-12",
        "why": "The one operative paragraph ('Approves the report ...') is unnumbered; note 1 is glued to "
        "'Committee.1'. Agrees with the UN's file.",
    },
    "A-RES-80-4.railcar.md.txt": {
        "preamble": 8,
        "operative": ["1", "2", "3", "4", "5"],
        "points": 0,
        "notes": 1,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/80/4",
        "date": "2025-10-29",
        "why": "The running header 'Necessity of ending the economic, commercial and financial' left between "
        "'12 November' and '1996' is furniture inside the sixth preambular paragraph, not a paragraph; the "
        "date is the adoption date in the text (29 October), not the front matter's issuance date (31 "
        "October).",
    },
    "A-RES-80-5.txt": {
        "preamble": 0,
        "operative": [],
        "points": 0,
        "notes": 15,
        "annexes": 1,
        "kind": "resolution",
        "language": "eng",
        "symbol": "A/RES/80/5",
        "date": "2025-11-04",
        "why": "The resolution is only the formula and one unnumbered 'Adopts' paragraph; the Declaration's "
        "paragraphs 1-44 and their (a)-(t) lists are in the annex, as are all 15 footnotes.",
    },
    "BARMM-BTA-Resolution-21-2019.txt": {
        "preamble": 6,
        "operative": [],
        "points": 0,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "2019-07-29",
        "why": "Six WHEREAS clauses (two end with a full stop, still preambular); 'NOW THEREFORE, be it' is a"
        " formula; RESOLVED and RESOLVED, FURTHER are two unnumbered operative paragraphs. The signature "
        "block and the italic consolidation line are not notes.",
    },
    "City-Austin-TX-Resolution-20111208-074.txt": {
        "preamble": 7,
        "operative": [],
        "points": 8,
        "notes": 0,
        "annexes": 1,
        "kind": "resolution",
        "language": "eng",
        "date": "2011-12-08",
        "why": "Seven WHEREAS clauses; the three BE IT (FURTHER) RESOLVED clauses are unnumbered; the "
        "numbered items 1-4 and 1-4 complete the sentences of the second and third clauses ('address the "
        "following:', 'is directed to:') and are points; Exhibit A is an annex, its principles 1-7 not "
        "counted here.",
    },
    "City-DesMoines-IA-2017-Roll-Call-17-0298.txt": {
        "preamble": 8,
        "operative": [],
        "points": 6,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "why": "Eight WHEREAS clauses; one unnumbered BE IT RESOLVED clause ending 'is hereby directed to:' "
        "whose items 1-6 complete its sentence, so they are 6 points, not top-level paragraphs. No date "
        "pinned: it is only in the front matter.",
    },
    "E-CN.15-2019-draft-cybercrime.seed.md.txt": {
        "preamble": 11,
        "operative": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
        "points": 0,
        "notes": 3,
        "annexes": 0,
        "kind": "draftResolution",
        "language": "eng",
        "date": "2019-04-23",
        "sponsors": ["Austria", "Canada", "Colombia"],
        "why": "The seed: 11 preambular (the 70/174 paragraph cut by the first page's footnote), 13 ops, "
        "notes '*', '1', '2'. The symbol is not in the text, so none is pinned.",
    },
    "S-RES-1-1946.txt": {
        "preamble": 1,
        "operative": ["1", "2", "3"],
        "points": 0,
        "notes": 1,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1946-01-25",
        "why": "One narrative preambular paragraph ('By Article 47 ...'); 'Therefore' is a formula and not "
        "counted; the '22' after 'Adopted at the 2nd meeting.' is the marker of the one footnote.",
    },
    "S-RES-1445-2002.txt": {
        "preamble": 8,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25",
        ],
        "points": 6,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "S/RES/1445 (2002)",
        "date": "2002-12-04",
        "why": "Op 13 ends '... in this regard:' and has six dash items, the 6 points; the job number and "
        "running header inside op 2 are furniture. Agrees with the UN's file.",
    },
    "S-RES-242-1967.txt": {
        "preamble": 3,
        "operative": ["1", "2", "3", "4"],
        "points": 5,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1967-11-22",
        "why": "Op 1 has (i) (OCR-ed '(1)') and (ii); op 2 ('Affirms further the necessity', no colon) has "
        "(a)-(c): 5 points.",
    },
    "S-RES-2532-2020.fr.txt": {
        "preamble": 11,
        "operative": ["1", "2", "3", "4", "5", "6", "7", "8"],
        "points": 0,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "fra",
        "symbol": "S/RES/2532 (2020)",
        "date": "2020-07-01",
        "why": "French: 11 preambular paragraphs (Rappelant ... Jugeant, 'Conscient' three times), 8 ops. "
        "Agrees with the UN's file.",
    },
    "S-RES-4-1946.txt": {
        "preamble": 2,
        "operative": [],
        "points": 0,
        "notes": 2,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1946-04-29",
        "why": "A narrative preambular paragraph, the mid-preamble formula 'Therefore the Security Council,' "
        "(not counted), then 'Keeping in mind ...,' (preambular); 'Hereby resolves' and 'To this end ...' "
        "are unnumbered operative paragraphs; '12' and '13' in the text are the markers of the two "
        "footnotes.",
    },
    "S-RES-67-1949.dfat.md.txt": {
        "preamble": 8,
        "operative": ["1", "2", "3", "4", "5", "6"],
        "points": 11,
        "notes": 5,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "S/1234",
        "date": "1949-01-28",
        "why": "The transcription ran 'CONSCIOUS of its primary responsibility ...' into the 'NOTING also' "
        "paragraph, but in this all-capitals style it opens a clause of its own: 8 preambular. Points: op "
        "3's (a)(b)(c), run together in one line, are 3; op 4 starts directly with (a), (a)-(h) are 8; the "
        "'(a) to ensure ... and (b) to guarantee' inside 4 (e) is an inline enumeration, and 'Provided that'"
        " and 'To this end' are continuations, not points. The only symbol printed is the document's, "
        "S/1234.",
    },
    "S-RES-687-1991.txt": {
        "preamble": 26,
        "operative": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34",
        ],
        "points": 11,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1991-04-03",
        "why": "26 preambular paragraphs ('Recalling also' at line 67 starts a new one without a blank line);"
        " ops 1-34 with sections A-I; points: op 8 (a)(b), op 9 (a)(b) + (i)-(iii), op 24 (a)-(d). The "
        "numbers 41, 53, 54, 56-63, 65 are references to footnotes of the printed volume whose texts this "
        "extraction does not carry, so there is no note to mark; wrapped lines starting '1990 ...', '16 to "
        "18', '26 as' and '12, including' are not paragraphs. 'Apri] 1991' is OCR for April.",
    },
    "S-RES-82-1950.txt": {
        "preamble": 3,
        "operative": [],
        "points": 3,
        "notes": 2,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1950-06-25",
        "why": "Recalling, Mindful, Noting with grave concern are preambular; 'Determines ...; and' is the "
        "first (unnumbered) operative paragraph, then sections I-III with unnumbered verbs; (a), (5) (OCR "
        "for (b)) and (c) are 3 points. '[S/1501]' is the document symbol of the draft, not pinned as the "
        "resolution's.",
    },
    "UNESCO-GC-1978-Declaration-Mass-Media.txt": {
        "preamble": 16,
        "operative": ["1", "2", "3", "4", "1", "2", "1", "2", "3", "4"],
        "points": 0,
        "notes": 0,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "date": "1978-11-28",
        "why": "The whole text is the Declaration (it opens with 'Preamble'; no 'Annex'), so 'Proclaims ...' "
        "is an unnumbered operative paragraph and Articles I-XI are articles of the same body, their "
        "numbered paragraphs (II 1-4, III 1-2, X 1-4) keeping their printed numbers; the quotation inside "
        "the 59(I) paragraph is part of it: 16 preambular.",
    },
    "US-Senate-S-Res-99-117th.txt": {
        "preamble": 12,
        "operative": [],
        "points": 17,
        "notes": 0,
        "annexes": 0,
        "kind": "draftResolution",
        "language": "eng",
        "symbol": "S. Res. 99",
        "why": "As reported in the Senate, not yet agreed to, so a proposed (draft) resolution. 12 Whereas "
        "clauses (the (1)-(3) inside the fifth are preambular, not counted); 'Resolved, That the Senate--' "
        "is one unnumbered operative paragraph with (1)-(8), (A)-(E) under (2) and (A)-(D) under (8): 17 "
        "points. The back-page block repeated at the end is furniture; sponsors and date not pinned (two "
        "dates, names with titles).",
        "missing": (
            (
                "thx2 thex2 congress res in calendar no st session observing anniversary of uprising syria "
                "march 2021 resolution"
            ),
            (
                "the back page GPO prints at the end ('Calendar No. 19', '117th CONGRESS 1st Session', 'S. RES. "
                "99', 'RESOLUTION', the title, 'March 24, 2021'): furniture; all its lines but 'RESOLUTION' "
                "also open the document and are kept there"
            ),
        ),
    },
    "WHA66.10.txt": {
        "preamble": 14,
        "operative": ["1", "2", "3"],
        "points": 26,
        "notes": 1,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "WHA66.10",
        "why": "14 preambular; ops DECIDES (1)-(3), URGES (1)-(10), REQUESTS (1)-(10) with (i)-(iii) inside "
        "(3): 26 points. The footnote 'Documents A66/8, A66/9 and A66/9 Corr.1.' printed on every page is "
        "one note; the other markers ('Diseases,1', 'want”,2', 'States:2', ...) have no footnote text in the"
        " document.",
        "missing": (
            "andx2 documentsx2 corrx2",
            "the footnote 'Documents A66/8, A66/9 and A66/9 Corr.1.' printed on three pages, kept once",
        ),
    },
    "WHA66.4.txt": {
        "preamble": 5,
        "operative": ["1", "2", "3"],
        "points": 9,
        "notes": 3,
        "annexes": 0,
        "kind": "resolution",
        "language": "eng",
        "symbol": "WHA66.4",
        "why": "The stray '3' before the title, the '4' after the formula and the '5' after the last "
        "preambular paragraph are the markers of the three footnotes grouped on page 1; URGES (1)-(5) and "
        "REQUESTS (1)-(4) (the list continuing after the footnotes) make 9 points.",
    },
}
