package org.alliancegraph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.alliancegraph.analysis.gap.SectorMixing;
import org.alliancegraph.scopeanalysis.AnalysisAnswers;

/**
 * Draws the report's charts as inline SVG from a {@link DiagnosticReport}, and from nothing else: horizontal bars,
 * the sector-mixing heat map, the trajectory's line charts and the network picture. Sizes are CSS pixels chosen for
 * an A4 page with 15 mm margins (680 px of text width); the same SVG scales down on a screen.
 */
final class ReportCharts {

	static final double FULL = 680;

	static final double HALF = 330;

	private static final String BAR = "#4477AA";

	private static final String INK = "#222222";

	private static final String MUTED = "#666666";

	private static final String GRID = "#DDDDDD";

	/** The characters of a line of an actor's name on the network picture. */
	private static final int LABEL_LINE = 32;

	private final DiagnosticReport report;

	private final Map<String, String> t;

	private final ReportFormat format;

	ReportCharts(DiagnosticReport report, Map<String, String> labels, ReportFormat format) {
		this.report = report;
		this.t = labels;
		this.format = format;
	}

	/** Every chart of the report by name, as SVG text. */
	Map<String, String> all() {
		Map<String, String> charts = new LinkedHashMap<>();
		DiagnosticReport.KeyFigures k = report.keyFigures();
		charts.put("actorsBySector", bars(byCount(k.actorsBySector()), c -> shortLabel("sector.short.", c.code()),
				c -> report.labels().colour(c.code()), HALF, 150, label("chart.actorsBySector")));
		charts.put("partnershipsByType", bars(byCount(k.partnershipsByType()),
				c -> shortLabel("type.short.", c.code()), c -> BAR, HALF, 150, label("chart.partnershipsByType")));
		charts.put("projectsByPhase", bars(k.projectsByPhase(), c -> report.labels().phases().get(c.code()),
				c -> "#EE7733", HALF, 150, label("chart.projectsByPhase")));
		charts.put("sdgs", bars(report.sdgs(),
				c -> label("sdg.prefix") + " " + c.code() + " · " + report.labels().sdgs().getOrDefault(c.code(), ""),
				c -> "#228833", FULL, 400, label("chart.sdgs")));
		charts.put("levers", bars(report.levers(), c -> report.labels().levers().getOrDefault(c.code(), c.code()),
				c -> "#AA3377", HALF, 150, label("chart.levers")));
		charts.put("mixing", heatMap(report.gaps().report().sectorMixing(), report.gaps().report().emptySectorPairs()));
		List<AnalysisAnswers.TrajectoryPoint> points = report.trajectory().points();
		charts.put("trajectoryActors", lines(points, List.of(
				new Series(label("trajectory.actors"), "#0077BB", "circle", p -> p.actorCount()),
				new Series(label("trajectory.ties"), "#EE7733", "square", p -> p.tieCount())),
				label("chart.trajectoryActors")));
		charts.put("trajectoryStructure", lines(points, List.of(
				new Series(label("trajectory.components"), "#009988", "circle", p -> p.components()),
				new Series(label("trajectory.isolated"), "#CC3311", "square", p -> p.isolatedActors()),
				new Series(label("trajectory.articulationPoints"), "#33BBEE", "triangle", p -> p.articulationPoints()),
				new Series(label("trajectory.communities"), "#EE3377", "diamond", p -> p.communities())),
				label("chart.trajectoryStructure")));
		charts.put("network", network(report.network()));
		AnalysisAnswers.Benchmark benchmark = report.peers().benchmark();
		if (benchmark != null) {
			benchmark.indicators().stream().filter(i -> i.count() > 0)
				.forEach(i -> charts.put("peer." + i.code(), strip(i)));
		}
		return charts;
	}

	/** Largest first, ties in the vocabulary's order. */
	private static List<DiagnosticReport.Count> byCount(List<DiagnosticReport.Count> counts) {
		List<DiagnosticReport.Count> sorted = new ArrayList<>(counts);
		sorted.sort(java.util.Comparator.comparingLong(DiagnosticReport.Count::count).reversed());
		return sorted;
	}

	private String shortLabel(String prefix, String code) {
		String label = t.get(prefix + code);
		return label == null ? code : label;
	}

	/** A fixed word of the report; its key when missing, so that a gap shows instead of failing. */
	private String label(String key) {
		return t.getOrDefault(key, key);
	}

	private <T extends DiagnosticReport.Count> String bars(List<T> rows, java.util.function.Function<T, String> label,
			java.util.function.Function<T, String> colour, double width, double labelWidth, String title) {
		double rowHeight = 17;
		double top = 4;
		double height = top + rows.size() * rowHeight + 4;
		long max = Math.max(1, rows.stream().mapToLong(DiagnosticReport.Count::count).max().orElse(1));
		double barSpace = width - labelWidth - 44;
		Svg svg = new Svg(width, height, title);
		for (int i = 0; i < rows.size(); i++) {
			T row = rows.get(i);
			double y = top + i * rowHeight;
			svg.text(labelWidth - 6, y + 12, Svg.shorten(label.apply(row), (int) (labelWidth / 5.9)), "end",
					"fill=\"" + INK + "\" font-size=\"10.5\"");
			double w = row.count() == 0 ? 0 : Math.max(1.5, barSpace * row.count() / max);
			svg.rect(labelWidth, y + 2, w, rowHeight - 5, colour.apply(row), "");
			svg.text(labelWidth + w + 4, y + 12, format.integer(row.count()), "start",
					"fill=\"" + (row.count() == 0 ? MUTED : INK) + "\"");
		}
		svg.line(labelWidth, top, labelWidth, height - 4, "#999999", 0.8, "");
		return svg.toString();
	}

	/**
	 * The sector-mixing matrix: one cell per pair of sectors, darker for more ties (ColorBrewer "Blues", readable by
	 * colour-blind readers and in grey); the empty pairs of present sectors are orange with a 0, the rows and
	 * columns of absent sectors grey.
	 */
	private String heatMap(SectorMixing mixing, List<List<String>> emptyPairs) {
		List<String> sectors = new ArrayList<>(report.labels().sectors().keySet());
		mixing.ties().keySet().stream().filter(s -> !sectors.contains(s)).forEach(sectors::add);
		double cell = 38;
		double left = 150;
		double top = 118;
		double width = left + sectors.size() * cell + 10;
		double height = top + sectors.size() * cell + 50;
		int max = 1;
		for (Map<String, Integer> row : mixing.ties().values()) {
			for (int v : row.values()) {
				max = Math.max(max, v);
			}
		}
		Svg svg = new Svg(width, height, label("chart.mixing"));
		for (int i = 0; i < sectors.size(); i++) {
			String s = sectors.get(i);
			boolean present = mixing.actors().getOrDefault(s, 0) > 0;
			String label = Svg.shorten(shortLabel("sector.short.", s), 22);
			String fill = present ? INK : "#999999";
			svg.text(left - 6, top + i * cell + cell / 2 + 4, label, "end", "fill=\"" + fill + "\"");
			double cx = left + i * cell + cell / 2;
			svg.text(cx, top - 6, label, "start",
					"fill=\"" + fill + "\" transform=\"rotate(-50 " + Svg.n(cx) + " " + Svg.n(top - 6) + ")\"");
		}
		for (int i = 0; i < sectors.size(); i++) {
			String s = sectors.get(i);
			for (int j = 0; j < sectors.size(); j++) {
				String u = sectors.get(j);
				double x = left + j * cell;
				double y = top + i * cell;
				boolean present = mixing.actors().getOrDefault(s, 0) > 0 && mixing.actors().getOrDefault(u, 0) > 0;
				int ties = mixing.ties().getOrDefault(s, Map.of()).getOrDefault(u, 0);
				boolean empty = emptyPairs.contains(s.compareTo(u) <= 0 ? List.of(s, u) : List.of(u, s));
				String fill;
				String ink;
				if (!present) {
					fill = "#EEEEEE";
					ink = "#AAAAAA";
				}
				else if (empty) {
					fill = "#FDB863";
					ink = "#7F3B08";
				}
				else {
					double share = ties == 0 ? 0 : 0.15 + 0.85 * Math.sqrt((double) ties / max);
					fill = blues(share);
					ink = share > 0.55 ? "#FFFFFF" : INK;
				}
				svg.rect(x + 1, y + 1, cell - 2, cell - 2, fill, "");
				svg.text(x + cell / 2, y + cell / 2 + 4, present ? format.integer(ties) : "·", "middle",
						"fill=\"" + ink + "\"" + (empty ? " font-weight=\"bold\"" : "")
								+ (ties >= 1000 ? " font-size=\"8.5\"" : ties >= 100 ? " font-size=\"10\"" : ""));
			}
		}
		double ly = top + sectors.size() * cell + 16;
		svg.rect(left, ly - 10, 14, 12, "#FDB863", "");
		svg.text(left + 20, ly, label("mixing.legend.empty"), "start", "fill=\"" + INK + "\"");
		svg.rect(left, ly + 6, 14, 12, "#EEEEEE", "stroke=\"#CCCCCC\"");
		svg.text(left + 20, ly + 16, label("mixing.legend.absent"), "start", "fill=\"" + INK + "\"");
		return svg.toString();
	}

	/** ColorBrewer Blues from #F7FBFF (0) to #08306B (1). */
	private static String blues(double share) {
		int[][] stops = { { 0xF7, 0xFB, 0xFF }, { 0xC6, 0xDB, 0xEF }, { 0x6B, 0xAE, 0xD6 }, { 0x21, 0x71, 0xB5 },
				{ 0x08, 0x30, 0x6B } };
		double position = Math.max(0, Math.min(1, share)) * (stops.length - 1);
		int i = Math.min(stops.length - 2, (int) position);
		double f = position - i;
		int r = (int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0]));
		int g = (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1]));
		int b = (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2]));
		return String.format("#%02X%02X%02X", r, g, b);
	}

	private record Series(String name, String colour, String marker,
			ToDoubleFunction<AnalysisAnswers.TrajectoryPoint> value) {
	}

	private String lines(List<AnalysisAnswers.TrajectoryPoint> points, List<Series> series, String title) {
		double width = FULL;
		double height = 210;
		double left = 46;
		double right = 14;
		double top = 30;
		double bottom = 26;
		double max = 0;
		for (Series s : series) {
			for (AnalysisAnswers.TrajectoryPoint p : points) {
				max = Math.max(max, s.value().applyAsDouble(p));
			}
		}
		double step = niceStep(max / 4);
		double yMax = Math.max(step, Math.ceil(max / step) * step);
		double plotW = width - left - right;
		double plotH = height - top - bottom;
		Svg svg = new Svg(width, height, title);
		for (double v = 0; v <= yMax + 1e-9; v += step) {
			double y = top + plotH - v / yMax * plotH;
			svg.line(left, y, width - right, y, GRID, 0.8, "");
			svg.text(left - 6, y + 4, format.integer(Math.round(v)), "end", "fill=\"" + MUTED + "\"");
		}
		int n = points.size();
		for (int i = 0; i < n; i++) {
			double x = left + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
			svg.text(x, height - 8, format.shortDate(points.get(i).at()), "middle", "fill=\"" + MUTED + "\"");
		}
		double legendX = left;
		for (Series s : series) {
			marker(svg, legendX + 6, 12, s.marker(), s.colour());
			svg.line(legendX, 12, legendX + 12, 12, s.colour(), 2, "");
			svg.text(legendX + 18, 16, s.name(), "start", "fill=\"" + INK + "\"");
			legendX += 30 + s.name().length() * 6.4;
		}
		for (Series s : series) {
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < n; i++) {
				double x = left + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
				double y = top + plotH - s.value().applyAsDouble(points.get(i)) / yMax * plotH;
				path.append(i == 0 ? "M" : " L").append(Svg.n(x)).append(' ').append(Svg.n(y));
			}
			svg.raw("<path d=\"" + path + "\" fill=\"none\" stroke=\"" + s.colour() + "\" stroke-width=\"2\"/>");
			for (int i = 0; i < n; i++) {
				double x = left + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
				double y = top + plotH - s.value().applyAsDouble(points.get(i)) / yMax * plotH;
				marker(svg, x, y, s.marker(), s.colour());
			}
		}
		return svg.toString();
	}

	private static void marker(Svg svg, double x, double y, String shape, String colour) {
		switch (shape) {
			case "square" -> svg.rect(x - 3.5, y - 3.5, 7, 7, colour, "");
			case "triangle" -> svg.raw("<path d=\"M" + Svg.n(x) + " " + Svg.n(y - 4.5) + " L" + Svg.n(x + 4.5) + " "
					+ Svg.n(y + 3.5) + " L" + Svg.n(x - 4.5) + " " + Svg.n(y + 3.5) + " Z\" fill=\"" + colour + "\"/>");
			case "diamond" -> svg.raw("<path d=\"M" + Svg.n(x) + " " + Svg.n(y - 5) + " L" + Svg.n(x + 5) + " "
					+ Svg.n(y) + " L" + Svg.n(x) + " " + Svg.n(y + 5) + " L" + Svg.n(x - 5) + " " + Svg.n(y) + " Z\" fill=\""
					+ colour + "\"/>");
			default -> svg.circle(x, y, 3.8, colour, "");
		}
	}

	private static boolean overlaps(List<double[]> boxes, double x, double y, double w, double h) {
		for (double[] b : boxes) {
			if (x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One indicator against the peers, on a line from the lowest to the highest value (the territory's included):
	 * a thin line from the peers' min to max, a box from q1 to q3, a bar at the median, a red diamond for the
	 * territory.
	 */
	private String strip(AnalysisAnswers.IndicatorBenchmark indicator) {
		double width = FULL - 20;
		double height = 26;
		double margin = 10;
		double min = indicator.min();
		double max = indicator.max();
		Double value = indicator.value();
		double low = value == null ? min : Math.min(min, value);
		double high = value == null ? max : Math.max(max, value);
		double span = high > low ? high - low : 1;
		double centre = high > low ? 0 : (width - 2 * margin) / 2;
		java.util.function.DoubleUnaryOperator x = v -> margin + centre + (v - low) / span * (width - 2 * margin);
		double y = height / 2;
		Svg svg = new Svg(width, height, label("indicator." + indicator.code()));
		svg.line(x.applyAsDouble(min), y, x.applyAsDouble(max), y, "#888888", 1.2, "");
		svg.line(x.applyAsDouble(min), y - 5, x.applyAsDouble(min), y + 5, "#888888", 1.2, "");
		svg.line(x.applyAsDouble(max), y - 5, x.applyAsDouble(max), y + 5, "#888888", 1.2, "");
		double q1 = x.applyAsDouble(indicator.q1());
		double q3 = x.applyAsDouble(indicator.q3());
		svg.rect(q1, y - 7, Math.max(1.5, q3 - q1), 14, "#C6DBEF", "stroke=\"#4477AA\" stroke-width=\"1\"");
		double median = x.applyAsDouble(indicator.median());
		svg.line(median, y - 8, median, y + 8, "#08306B", 2.4, "");
		if (value != null) {
			double v = x.applyAsDouble(value);
			svg.raw("<path d=\"M" + Svg.n(v) + " " + Svg.n(y - 8) + " L" + Svg.n(v + 7) + " " + Svg.n(y) + " L"
					+ Svg.n(v) + " " + Svg.n(y + 8) + " L" + Svg.n(v - 7) + " " + Svg.n(y)
					+ " Z\" fill=\"#CC3311\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>");
		}
		return svg.toString();
	}

	/** 1, 2, 5 × 10^k at least {@code raw}. */
	static double niceStep(double raw) {
		if (raw <= 1) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double m : new double[] { 1, 2, 5, 10 }) {
			if (m * magnitude >= raw) {
				return m * magnitude;
			}
		}
		return 10 * magnitude;
	}

	/**
	 * The network picture: ties as light grey lines (thicker for more shared partnerships and projects), actors as
	 * discs coloured by sector and sized by number of partners, the five best catalysts named.
	 */
	private String network(DiagnosticReport.NetworkPicture picture) {
		double scale = FULL / picture.width();
		double width = FULL;
		double height = picture.height() * scale;
		Svg svg = new Svg(width, height, label("chart.network"));
		svg.rect(0, 0, width, height, "#FFFFFF", "stroke=\"#DDDDDD\"");
		List<DiagnosticReport.Node> nodes = picture.nodes();
		for (DiagnosticReport.Edge e : picture.edges()) {
			DiagnosticReport.Node a = nodes.get(e.source());
			DiagnosticReport.Node b = nodes.get(e.target());
			svg.line(a.x() * scale, a.y() * scale, b.x() * scale, b.y() * scale, "#9A9A9A",
					Math.min(2.4, 0.5 + 0.35 * e.weight()), "stroke-opacity=\"0.55\"");
		}
		for (DiagnosticReport.Node node : nodes) {
			double r = Math.min(11, 3.2 + 1.3 * Math.sqrt(node.degree()));
			svg.circle(node.x() * scale, node.y() * scale, r, report.labels().colour(node.sector()),
					node.catalystRank() != null && node.catalystRank() <= 5 ? "stroke=\"#000000\" stroke-width=\"1.6\""
							: "stroke=\"#FFFFFF\" stroke-width=\"0.8\"");
		}
		List<double[]> taken = new ArrayList<>();
		List<DiagnosticReport.Node> named = nodes.stream()
			.filter(node -> node.catalystRank() != null && node.catalystRank() <= 5)
			.sorted(java.util.Comparator.comparingInt(DiagnosticReport.Node::catalystRank))
			.toList();
		for (DiagnosticReport.Node node : named) {
			double x = node.x() * scale;
			double y = node.y() * scale;
			// a long name is wrapped, never cut: the picture names the actor the catalyst table ranks
			List<String> lines = Svg.wrap(node.catalystRank() + ". " + node.name(), LABEL_LINE);
			double w = lines.stream().mapToInt(String::length).max().orElse(0) * 6.0;
			double h = 13 * lines.size();
			boolean right = x + 10 + w < width - 4;
			double left = right ? x + 10 : x - 10 - w;
			double ty = y + 4;
			// move the label down (then up) until it overlaps no label already placed
			for (int attempt = 0; attempt < 12 && overlaps(taken, left, ty - 10, w, h); attempt++) {
				ty = y + 4 + (attempt % 2 == 0 ? 1 : -1) * 13 * (attempt / 2 + 1);
			}
			ty = Math.min(ty, height - h + 8);
			taken.add(new double[] { left, ty - 10, w, h });
			String anchor = right ? "start" : "end";
			double tx = right ? x + 10 : x - 10;
			for (int i = 0; i < lines.size(); i++) {
				svg.text(tx, ty + 13 * i, lines.get(i), anchor,
						"fill=\"#FFFFFF\" stroke=\"#FFFFFF\" stroke-width=\"3.5\" font-weight=\"bold\" font-size=\"10.5\"");
				svg.text(tx, ty + 13 * i, lines.get(i), anchor,
						"fill=\"" + INK + "\" font-weight=\"bold\" font-size=\"10.5\"");
			}
		}
		return svg.toString();
	}
}
