"""A small conformant Akoma Ntoso resolution (levels 1 and 2, and the AKN4UN profile), for tests to break
one rule at a time."""

from __future__ import annotations

WORK = "/akn/un/statement/deliberation/unga/2025-12-17/80-321"

CONFORMANT = f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
      <identification source="#akn">
        <FRBRWork>
          <FRBRthis value="{WORK}/!main"/>
          <FRBRuri value="{WORK}"/>
          <FRBRdate date="2025-12-17" name="adoption"/>
          <FRBRauthor href="#unga" as="#author"/>
          <FRBRcountry value="un"/>
          <FRBRsubtype value="deliberation"/>
          <FRBRnumber value="80-321" showAs="A/RES/80/321"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="{WORK}/eng@/!main"/>
          <FRBRuri value="{WORK}/eng@"/>
          <FRBRdate date="2025-12-19" name="publication"/>
          <FRBRauthor href="#unga" as="#author"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="{WORK}/eng@/!main.xml"/>
          <FRBRuri value="{WORK}/eng@.xml"/>
          <FRBRdate date="2026-01-01" name="markup"/>
          <FRBRauthor href="#akn" as="#author"/>
        </FRBRManifestation>
      </identification>
      <references source="#akn">
        <TLCOrganization eId="akn" href="/akn/ontology/organization/akn" showAs="akn"/>
        <TLCOrganization eId="unga" href="/akn/ontology/organization/un/generalAssembly" showAs="General Assembly"/>
        <TLCRole eId="author" href="/akn/ontology/role/un/author" showAs="Author"/>
        <TLCConcept eId="symbol" href="/akn/ontology/reference/un/symbol" showAs="Symbol"/>
      </references>
    </meta>
    <coverPage>
      <p><docNumber refersTo="#symbol">A/RES/80/321</docNumber></p>
    </coverPage>
    <preamble>
      <formula name="enactingFormula" eId="preamble__formula_1">
        <p>The General Assembly,</p>
      </formula>
      <container name="Recalling" eId="preamble__container_1">
        <p>Recalling its resolution <ref href="/akn/un/statement/deliberation/unga/2015-09-25/70-1">70/1</ref>,<authorialNote marker="1" placement="bottom" eId="preamble__container_1__authorialNote_1"><p>A note.</p></authorialNote></p>
      </container>
    </preamble>
    <mainBody>
      <paragraph eId="para_1">
        <num>1.</num>
        <content>
          <p>Decides to act;</p>
        </content>
      </paragraph>
      <paragraph eId="para_2">
        <num>2.</num>
        <list eId="para_2__list_1">
          <intro eId="para_2__list_1__intro">
            <p>Requests:</p>
          </intro>
          <point eId="para_2__list_1__point_a">
            <num>(a)</num>
            <content>
              <p>A report;</p>
            </content>
          </point>
        </list>
      </paragraph>
    </mainBody>
    <attachments>
      <attachment eId="att_1">
        <doc name="annex">
          <meta>
            <identification source="#akn">
              <FRBRWork>
                <FRBRthis value="{WORK}/!annex_1"/>
                <FRBRuri value="{WORK}"/>
                <FRBRdate date="2025-12-17" name="adoption"/>
                <FRBRauthor href="#unga" as="#author"/>
                <FRBRcountry value="un"/>
              </FRBRWork>
              <FRBRExpression>
                <FRBRthis value="{WORK}/eng@/!annex_1"/>
                <FRBRuri value="{WORK}/eng@"/>
                <FRBRdate date="2025-12-19" name="publication"/>
                <FRBRauthor href="#unga" as="#author"/>
                <FRBRlanguage language="eng"/>
              </FRBRExpression>
              <FRBRManifestation>
                <FRBRthis value="{WORK}/eng@/!annex_1.xml"/>
                <FRBRuri value="{WORK}/eng@.xml"/>
                <FRBRdate date="2026-01-01" name="markup"/>
                <FRBRauthor href="#akn" as="#author"/>
              </FRBRManifestation>
            </identification>
          </meta>
          <mainBody>
            <paragraph eId="att_1__para_1">
              <num>1.</num>
              <content>
                <p>Annex text.</p>
              </content>
            </paragraph>
          </mainBody>
        </doc>
      </attachment>
    </attachments>
  </statement>
</akomaNtoso>
"""


def line_of(xml: str, needle: str) -> int:
    """The 1-based line of the first occurrence of `needle` in `xml`."""
    index = xml.index(needle)
    return xml.count("\n", 0, index) + 1
