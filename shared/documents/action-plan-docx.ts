import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { type ActionPlanDraft, isBullet } from "./action-plan-draft";

const FONT = "游明朝";

function paragraph(text: string, options: { bold?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: options.bold === true, font: FONT, size: 21 })],
    ...(options.indent ? { indent: { left: 420 } } : {}),
    spacing: { after: 80 },
  });
}

/**
 * The action plan draft as a Word document (.docx) that the company edits, finalises and files:
 * the draft notice first (bold), then the title and the four numbered parts.
 */
export async function actionPlanDocx(draft: ActionPlanDraft): Promise<Uint8Array> {
  const children: Paragraph[] = [
    paragraph(draft.notice, { bold: true }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: draft.title, font: FONT, bold: true, size: 28 })],
      spacing: { before: 240, after: 240 },
    }),
    paragraph(draft.intro),
  ];
  for (const section of draft.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun({ text: section.heading, font: FONT, bold: true, size: 24 })],
        spacing: { before: 200, after: 80 },
      }),
    );
    for (const p of section.paragraphs) children.push(paragraph(p, { indent: isBullet(p) }));
  }
  const document = new Document({
    creator: "Katsuyaku",
    title: draft.title,
    description: "一般事業主行動計画（案）",
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
