package cn.bjzgh.rights.console;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds the uploads the tests need in the test itself: no binary fixtures in the
 * repository.
 */
public final class TestDocuments {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private TestDocuments() {
	}

	/** A paragraph of a Word file: heading level 1–2, or 0 for body text. */
	public record Para(int heading, String text) {
	}

	/** A DOCX whose headings use Word's built-in "heading N" styles. */
	public static byte[] docx(List<Para> paragraphs) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = doc.createStyles();
			for (int level = 1; level <= 2; level++) {
				CTStyle style = CTStyle.Factory.newInstance();
				style.setStyleId("Heading" + level);
				style.setType(STStyleType.PARAGRAPH);
				CTString name = CTString.Factory.newInstance();
				name.setVal("heading " + level);
				style.setName(name);
				styles.addStyle(new XWPFStyle(style));
			}
			for (Para para : paragraphs) {
				XWPFParagraph p = doc.createParagraph();
				if (para.heading() > 0) {
					p.setStyle("Heading" + para.heading());
				}
				p.createRun().setText(para.text());
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	/** The same DOCX sealed with a password, as Word does it (agile encryption). */
	static byte[] encryptedDocx(byte[] docx) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("工会2024");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
					OutputStream data = encryptor.getDataStream(fs)) {
				opc.save(data);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/**
	 * A DOCX whose document.xml inflates to {@code textBytes} of one repeated letter:
	 * streamed through the deflater, so the test never holds the expanded text.
	 */
	static byte[] zipBombDocx(long textBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
					+ "<w:body><w:p><w:r><w:t>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < textBytes; written += chunk.length) {
				zip.write(chunk);
			}
			zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** An ordinary zip archive holding one text file. */
	static byte[] plainZip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "说明.txt", "劳动者的合法权益受法律保护。".repeat(20));
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A one-page PDF of Latin text, protected by a password needed to open it. */
	static byte[] encryptedPdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Labour contract guidance for union members, confidential draft.");
				content.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			doc.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * A one-page PDF whose content stream inflates to {@code contentBytes} of
	 * text-showing operators, compressed here with the JDK's deflater so the test stays
	 * small and quick.
	 */
	static byte[] pdfBomb(long contentBytes) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			PDResources resources = new PDResources();
			COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			page.setResources(resources);
			COSStream stream = doc.getDocument().createCOSStream();
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
			try (OutputStream raw = stream.createRawOutputStream();
					DeflaterOutputStream content = new DeflaterOutputStream(raw, deflater, 64 * 1024)) {
				content.write(("BT /" + font.getName() + " 12 Tf 72 700 Td\n").getBytes(StandardCharsets.US_ASCII));
				byte[] chunk = "(Overtime pay is owed.) Tj\n".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
				for (long written = 0; written < contentBytes; written += chunk.length) {
					content.write(chunk);
				}
				content.write("ET\n".getBytes(StandardCharsets.US_ASCII));
			}
			finally {
				deflater.end();
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			page.setContents(new PDStream(stream));
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A PDF whose only page is a picture, like a scan: no text layer at all. */
	static byte[] imageOnlyPdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(doc, picture());
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.drawImage(image, 72, 400, 400, 300);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(picture(), "png", out);
		return out.toByteArray();
	}

	/** A grey page with dark bars, as a scanned page of text looks from afar. */
	private static BufferedImage picture() {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.LIGHT_GRAY);
		g.fillRect(0, 0, 400, 300);
		g.setColor(Color.DARK_GRAY);
		for (int y = 20; y < 280; y += 20) {
			g.fillRect(20, y, 360, 8);
		}
		g.dispose();
		return image;
	}

	/**
	 * True when headless Chromium and a Chinese font are installed (CI installs both).
	 */
	static boolean canPrintChinesePdf() {
		if (!Files.isExecutable(CHROMIUM)) {
			return false;
		}
		Path fonts = Path.of("/usr/share/fonts");
		if (!Files.isDirectory(fonts)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(fonts)) {
			return files.anyMatch((f) -> f.getFileName().toString().contains("CJK"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Prints an HTML page to PDF with headless Chromium, keeping Chromium's own header
	 * (date, title) and footer (file address, page number) on every page.
	 */
	static byte[] chromiumPdf(String html, Path dir) throws IOException, InterruptedException {
		Path page = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
		Path pdf = dir.resolve("page.pdf");
		Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, page.toUri().toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("chromium.log").toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("chromium did not print the page within 120 s");
		}
		if (!Files.exists(pdf)) {
			throw new IllegalStateException("chromium printed no PDF: "
					+ Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8));
		}
		return Files.readAllBytes(pdf);
	}

}
