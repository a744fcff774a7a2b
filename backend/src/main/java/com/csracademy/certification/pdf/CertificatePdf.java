package com.csracademy.certification.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.csracademy.certification.CertificationProperties;
import com.csracademy.certification.domain.CertificateStatus;
import com.csracademy.certification.persistence.CertificateDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate as a one-page A4 landscape PDF in Chinese. The CJK font is embedded as a subset (only the
 * glyphs used), so the file stays in the tens of kilobytes. Blocking work: callers run it off the event loop.
 */
@Component
public class CertificatePdf {

    private static final float MARGIN = 48;
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0xa3, 0x1f, 0x24);

    private final CertificateFont fonts;
    private final CertificationProperties properties;

    CertificatePdf(CertificateFont fonts, CertificationProperties properties) {
        this.fonts = fonts;
        this.properties = properties;
    }

    public byte[] render(CertificateDocument c) throws IOException {
        try (CertificateFont.OpenFont open = fonts.open(); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, open.font(), true);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.programName() + "合格证书 · " + c.traineeName());
            info.setAuthor(properties.issuerName());
            info.setSubject("证书编号 " + c.code());
            doc.getDocumentCatalog().setLanguage("zh-CN");

            float width = size.getWidth();
            float height = size.getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setStrokingColor(ACCENT);
                out.setLineWidth(3);
                out.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                out.stroke();
                out.setLineWidth(0.8f);
                out.addRect(MARGIN / 2 + 8, MARGIN / 2 + 8, width - MARGIN - 16, height - MARGIN - 16);
                out.stroke();

                float y = height - 120;
                centred(out, font, 34, ACCENT, "培 训 合 格 证 书", width, y);
                y -= 70;
                for (String line : wrap(font, 18, "兹证明 " + c.traineeName() + " 已完成“" + c.programName()
                        + "”全部培训阶段，经上线考评合格，具备独立上线处理话务的能力，特发此证。", width - 4 * MARGIN)) {
                    centred(out, font, 18, INK, line, width, y);
                    y -= 30;
                }
                y -= 20;
                centred(out, font, 13, INK, "考核标准：" + c.criteria(), width, y);
                y -= 60;
                centred(out, font, 15, INK, properties.issuerName(), width, y);
                y -= 26;
                centred(out, font, 15, INK, "发证日期：" + chineseDate(c.issuedOn()), width, y);

                float footer = MARGIN + 30;
                left(out, font, 11, INK, "证书验证码：" + c.code(), 2 * MARGIN, footer + 18);
                left(out, font, 11, INK, "验证地址：" + properties.verificationUrl(c.code()), 2 * MARGIN, footer);
                if (c.status() == CertificateStatus.REVOKED && c.revocation() != null) {
                    centred(out, font, 22, ACCENT, "本证书已于 " + chineseDate(c.revocation().at()
                            .atZone(com.csracademy.calendar.WorkingCalendar.ZONE).toLocalDate()) + " 撤销",
                            width, height / 2 - 150);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static void centred(PDPageContentStream out, PDType0Font font, float size, Color colour, String text,
                                float pageWidth, float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        left(out, font, size, colour, text, (pageWidth - textWidth) / 2, y);
    }

    private static void left(PDPageContentStream out, PDType0Font font, float size, Color colour, String text,
                             float x, float y) throws IOException {
        out.beginText();
        out.setNonStrokingColor(colour);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Punctuation that never starts a line; it stays at the end of the previous one. */
    private static final String NO_LINE_START = "，。、；：！？）》”’";

    /** Breaks Chinese text into lines that fit (between any two characters, except before closing punctuation). */
    private static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            boolean closing = NO_LINE_START.indexOf(cp) >= 0;
            if (line.length() > 0 && !closing && font.getStringWidth(line + ch) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
