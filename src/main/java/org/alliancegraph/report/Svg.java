package org.alliancegraph.report;

import java.util.Locale;

/**
 * A minimal SVG writer: elements appended as text with escaped content and coordinates written with a dot and at
 * most two decimals, whatever the locale. The output is well-formed XML, inlined in the XHTML page.
 */
final class Svg {

	static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

	private final StringBuilder out = new StringBuilder(4096);

	/**
	 * @param width the drawing's width and height, in CSS pixels (1/96 in), rounded to whole pixels: openhtmltopdf
	 *     misreads a fractional size and shrinks the drawing
	 */
	Svg(double width, double height, String label) {
		width = Math.round(width);
		height = Math.round(height);
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(n(width))
			.append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
			.append(n(height)).append("\" role=\"img\" aria-label=\"").append(escape(label))
			.append("\" font-family=\"").append(FONT).append("\" font-size=\"11\">");
	}

	Svg raw(String text) {
		out.append(text);
		return this;
	}

	Svg rect(double x, double y, double w, double h, String fill, String extra) {
		out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
			.append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
		return close(extra);
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String extra) {
		out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
			.append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
			.append(n(width)).append('"');
		return close(extra);
	}

	Svg circle(double cx, double cy, double r, String fill, String extra) {
		out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
			.append("\" fill=\"").append(fill).append('"');
		return close(extra);
	}

	/** @param anchor start, middle or end */
	Svg text(double x, double y, String text, String anchor, String extra) {
		out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
			.append(anchor).append('"');
		if (!extra.isEmpty()) {
			out.append(' ').append(extra);
		}
		out.append('>').append(escape(text)).append("</text>");
		return this;
	}

	private Svg close(String extra) {
		if (!extra.isEmpty()) {
			out.append(' ').append(extra);
		}
		out.append("/>");
		return this;
	}

	@Override
	public String toString() {
		return out + "</svg>";
	}

	static String n(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e12) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}

	/**
	 * A label broken into lines of at most {@code max} characters at its spaces; a word longer than that keeps a
	 * line of its own, whole.
	 */
	static java.util.List<String> wrap(String text, int max) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > max) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** A label cut to {@code max} characters with an ellipsis. */
	static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
	}
}
