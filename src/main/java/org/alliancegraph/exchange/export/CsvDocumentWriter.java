package org.alliancegraph.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.exchange.csv.CsvFile;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.project.ContributorRequest;
import org.alliancegraph.project.FunderRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the import document as a zip of the CSV files of {@link CsvFile} (UTF-8, {@code ,}, quoted where
 * needed), row by row as the content is walked: the {@code csv} export, and with no content the template.
 */
public final class CsvDocumentWriter {

	private static final long ENTRY_TIME = java.time.LocalDateTime.of(2026, 1, 1, 0, 0)
		.atZone(java.time.ZoneId.systemDefault())
		.toInstant()
		.toEpochMilli();

	private CsvDocumentWriter() {
	}

	static void write(DocumentExport.Content content, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		file(zip, CsvFile.TERRITORIES, row -> content.territories(t -> row.accept(List.of(t.code(), t.name(),
				t.level(), text(t.population()), join(t.partOf()), indicators(t.indicators())))));
		file(zip, CsvFile.ACTORS, row -> content.actors(a -> row.accept(List.of(a.id(), a.name(), a.sector(),
				text(a.locatedIn()), join(a.activeIn()), text(a.siren()), text(a.siret()), text(a.rna()),
				text(a.size()), text(a.website()), text(a.description()), join(a.missions())))));
		file(zip, CsvFile.PROJECTS, row -> content.projects(p -> row.accept(List.of(p.id(), p.name(), p.phase(),
				text(p.start()), text(p.description()), text(p.end()), join(p.targets()), join(p.domains()),
				join(p.sdgs()), join(p.levers())))));
		file(zip, CsvFile.CONTRIBUTIONS, row -> content.projects(p -> {
			for (ContributorRequest c : p.contributors()) {
				row.accept(List.of(p.id(), text(c.actor()), text(c.role()), text(c.since()), text(c.until())));
			}
		}));
		file(zip, CsvFile.FUNDINGS, row -> content.projects(p -> {
			for (FunderRequest f : p.funders()) {
				row.accept(List.of(p.id(), text(f.actor()), text(f.amountEur()), text(f.year()), text(f.instrument())));
			}
		}));
		file(zip, CsvFile.PARTNERSHIPS, row -> content.partnerships(x -> row.accept(List.of(x.id(), x.type(),
				text(x.start()), text(x.end()), text(x.intensity()), text(x.description()), join(x.supports()),
				join(x.domains())))));
		file(zip, CsvFile.PARTNERSHIP_MEMBERS, row -> content.partnerships(x -> {
			for (MemberRequest m : x.members()) {
				row.accept(List.of(x.id(), text(m.actor()), text(m.role())));
			}
		}));
		zip.finish();
		zip.flush();
	}

	/** The template: the header of each file only, to fill in. */
	public static void template(OutputStream out) throws IOException {
		write(EMPTY, out);
	}

	/** An empty content: the template's. */
	private static final DocumentExport.Content EMPTY = new DocumentExport.Content() {
		@Override
		public void territories(Consumer<org.alliancegraph.territory.TerritoryRequest> each) {
		}

		@Override
		public void actors(Consumer<org.alliancegraph.actor.ActorRequest> each) {
		}

		@Override
		public void projects(Consumer<org.alliancegraph.project.ProjectRequest> each) {
		}

		@Override
		public void partnerships(Consumer<org.alliancegraph.partnership.PartnershipRequest> each) {
		}
	};

	private static void file(ZipOutputStream zip, CsvFile file, Consumer<Consumer<List<String>>> rows)
			throws IOException {
		ZipEntry entry = new ZipEntry(file.fileName());
		entry.setTime(ENTRY_TIME); // the same graph gives the same bytes
		zip.putNextEntry(entry);
		Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
				file.columns().toArray(String[]::new)).get());
		rows.accept(values -> {
			try {
				printer.printRecord(values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
		zip.closeEntry();
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static String join(List<?> values) {
		List<String> texts = new ArrayList<>(values.size());
		values.forEach(v -> texts.add(String.valueOf(v)));
		return String.join(CsvFile.LIST_SEPARATOR, texts);
	}

	private static String indicators(java.util.Map<String, Double> indicators) {
		List<String> pairs = new ArrayList<>();
		indicators.forEach((code, value) -> pairs.add(code + "=" + value));
		return String.join(CsvFile.LIST_SEPARATOR, pairs);
	}
}
