"""A small conformant Akoma Ntoso resolution (levels 1 and 2, and the AKN4UN profile), for tests to break
one rule at a time."""

from __future__ import annotations

WORK = "/akn/un/statement/deliberation/unga/2025-12-17/80-321"

def identification(component: str, indent: str, *, main: bool) -> str:
    """The FRBR identification of the sample or of its annex (`component` "main" or "annex_1")."""
    work_extra = '\n  <FRBRsubtype value="deliberation"/>\n  <FRBRnumber value="80-321" showAs="A/RES/80/321"/>' if main else ""
    block = f"""<identification source="#akn">
  <FRBRWork>
    <FRBRthis value="{WORK}/!{component}"/>
    <FRBRuri value="{WORK}"/>
    <FRBRdate date="2025-12-17" name="adoption"/>
    <FRBRauthor href="#unga" as="#author"/>
    <FRBRcountry value="un"/>{work_extra.replace(chr(10), chr(10) + "  ")}
  </FRBRWork>
  <FRBRExpression>
    <FRBRthis value="{WORK}/eng@/!{component}"/>
    <FRBRuri value="{WORK}/eng@"/>
    <FRBRdate date="2025-12-19" name="publication"/>
    <FRBRauthor href="#unga" as="#author"/>
    <FRBRlanguage language="eng"/>
  </FRBRExpression>
  <FRBRManifestation>
    <FRBRthis value="{WORK}/eng@/!{component}.xml"/>
    <FRBRuri value="{WORK}/eng@.xml"/>
    <FRBRdate date="2026-01-01" name="markup"/>
    <FRBRauthor href="#akn" as="#author"/>
  </FRBRManifestation>
</identification>
"""
    return "".join(indent + line + "\n" for line in block.splitlines())


CONFORMANT = f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
{identification('main', ' ' * 6, main=True)}      <references source="#akn">
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
{identification('annex_1', ' ' * 12, main=False)}          </meta>
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
