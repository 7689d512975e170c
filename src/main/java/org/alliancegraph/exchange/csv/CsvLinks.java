package org.alliancegraph.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The link rows of one bucket of a link file (contributions, fundings, members) by their owner's key: each owner
 * takes its own as it is read, and those left over have no owner in the import.
 */
final class CsvLinks<L> {

	/** A link row read into a bucket's memory: its value and its line. */
	private record Link<L>(L value, long line) {
	}

	/** An owner's links: their values, for its request, and their lines, to place their errors. */
	record Owned<L>(List<L> values, List<Long> lines) {
	}

	private final CsvFile file;

	private final String ownerColumn;

	private final Function<CsvRow, L> link;

	private final Map<String, List<Link<L>>> byOwner = new HashMap<>();

	CsvLinks(CsvFile file, String ownerColumn, Function<CsvRow, L> link) {
		this.file = file;
		this.ownerColumn = ownerColumn;
		this.link = link;
	}

	void add(CsvRow row) {
		String owner = row.text(ownerColumn);
		if (owner != null) { // else reported as an empty required column
			byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Link<>(link.apply(row), row.line()));
		}
	}

	/** Takes the links of an owner: none when it has no key, or when its key was taken by a row before. */
	Owned<L> take(@Nullable String owner) {
		List<Link<L>> links = owner == null ? null : byOwner.remove(owner);
		return links == null ? new Owned<>(List.of(), List.of())
				: new Owned<>(links.stream().map(Link::value).toList(), links.stream().map(Link::line).toList());
	}

	/** Link rows whose owner is not in its file: their owner must come in the same import. */
	void orphans(CsvFile ownerFile, List<CsvError> errors) {
		byOwner.forEach((owner, links) -> links.forEach(l -> errors.add(CsvError.of(file.fileName(), l.line(),
				ownerColumn, owner, "absent de " + ownerFile.fileName()
						+ " : ses liens se donnent avec lui, dans le même import"))));
	}
}
