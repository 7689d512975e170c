package org.alliancegraph.exchange.importing;

import java.util.List;
import java.util.function.Function;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.territory.TerritoryRequest;

/**
 * A section of the import document: its name (the document's field, the first part of an error's path), the type
 * of its entries, the label of their nodes, their key (also the key property of the nodes), and where they are in
 * a document. {@link #ALL} is the order of writing: what an entry
 * references comes before it.
 */
public record ImportSection<T>(String name, Class<T> type, String label, String keyField, Function<T, String> key,
		Function<ImportDocument, List<T>> inDocument) {

	public static final ImportSection<TerritoryRequest> TERRITORIES = new ImportSection<>("territories",
			TerritoryRequest.class, "Territory", "code", TerritoryRequest::code, ImportDocument::territories);

	public static final ImportSection<ActorRequest> ACTORS = new ImportSection<>("actors", ActorRequest.class,
			"Actor", "id", ActorRequest::id, ImportDocument::actors);

	public static final ImportSection<ProjectRequest> PROJECTS = new ImportSection<>("projects", ProjectRequest.class,
			"Project", "id", ProjectRequest::id, ImportDocument::projects);

	public static final ImportSection<PartnershipRequest> PARTNERSHIPS = new ImportSection<>("partnerships",
			PartnershipRequest.class, "Partnership", "id", PartnershipRequest::id, ImportDocument::partnerships);

	static final List<ImportSection<?>> ALL = List.of(TERRITORIES, ACTORS, PROJECTS, PARTNERSHIPS);

	static ImportSection<?> named(String name) {
		return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown section " + name));
	}
}
