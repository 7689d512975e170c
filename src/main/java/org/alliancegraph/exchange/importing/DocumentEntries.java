package org.alliancegraph.exchange.importing;

import java.util.List;
import java.util.function.Consumer;

import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InvalidInputException;

/** An import document already in memory (the demo, a small JSON request), its errors at their JSON path. */
public final class DocumentEntries implements ImportEntries<InputError> {

	private final ImportDocument document;

	public DocumentEntries(ImportDocument document) {
		this.document = document;
	}

	@Override
	public <T> void read(ImportSection<T> section, int size, Consumer<Chunk<T, InputError>> each) {
		List<T> entries = section.inDocument().apply(document);
		for (int from = 0; from < entries.size(); from += size) {
			int offset = from;
			each.accept(new Chunk<>(entries.subList(from, (int) Math.min(entries.size(), (long) from + size)),
					List.of(), e -> ImportEntries.shifted(e, section.name(), offset)));
		}
	}

	@Override
	public InputError general(String message) {
		return new InputError("", null, message);
	}

	@Override
	public String place(InputError error) {
		return error.path();
	}

	@Override
	public RuntimeException rejected(List<InputError> errors) {
		return new InvalidInputException(errors);
	}
}
