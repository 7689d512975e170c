package org.alliancegraph.exchange.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.actor.ActorResponse;
import org.alliancegraph.actor.ActorService;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.partnership.PartnershipResponse;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.project.ProjectResponse;
import org.alliancegraph.project.ProjectService;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.territory.TerritoryResponse;
import org.alliancegraph.territory.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The content of the graph as the import document, read through the services (so exactly what the API shows), page
 * by page: an export of the whole graph is never held in memory, and importing it into an empty database gives the
 * same graph. The whole graph's actors, projects and partnerships come in id order, by keyset pages.
 *
 * <p>With a territory, the document is the part of the graph that stands on its own: the actors located or
 * active in the territory or what is PART_OF it; the projects targeting it and the partnerships with a member in
 * it, kept only when all their actors (and supported projects) are in the document; the territory's subtree, every
 * territory these entries reference, and their parents up to the régions. An entry that would reference
 * something outside is left out, so that the document imports into an empty database.
 */
@Service
class DocumentExport {

	private static final int PAGE = 1_000;

	private final TerritoryService territories;

	private final ActorService actors;

	private final ProjectService projects;

	private final PartnershipService partnerships;

	DocumentExport(TerritoryService territories, ActorService actors, ProjectService projects,
			PartnershipService partnerships) {
		this.territories = territories;
		this.actors = actors;
		this.projects = projects;
		this.partnerships = partnerships;
	}

	/** What a document export walks through; each section may be walked more than once. */
	interface Content {

		void territories(Consumer<TerritoryRequest> each);

		void actors(Consumer<ActorRequest> each);

		void projects(Consumer<ProjectRequest> each);

		void partnerships(Consumer<PartnershipRequest> each);
	}

	/** The whole graph, or the part that stands on its own around {@code territory} (404 when unknown). */
	Content content(@Nullable String territory) {
		if (territory == null) {
			return new Content() {
				@Override
				public void territories(Consumer<TerritoryRequest> each) {
					pages(p -> territories.list(null, null, null, p), DocumentExport::request, each);
				}

				@Override
				public void actors(Consumer<ActorRequest> each) {
					keyset(actors::listAfter, ActorResponse::id, DocumentExport::request, each);
				}

				@Override
				public void projects(Consumer<ProjectRequest> each) {
					keyset(projects::listAfter, ProjectResponse::id, DocumentExport::request, each);
				}

				@Override
				public void partnerships(Consumer<PartnershipRequest> each) {
					keyset(partnerships::listAfter, PartnershipResponse::id, DocumentExport::request, each);
				}
			};
		}
		territories.get(territory);
		return around(territory);
	}

	private Content around(String territory) {
		Map<String, ActorRequest> actorsIn = new LinkedHashMap<>();
		pages(p -> actors.list(territory, null, null, null, null, p), DocumentExport::request,
				a -> actorsIn.put(a.id(), a));
		Map<String, ProjectRequest> projectsIn = new LinkedHashMap<>();
		pages(p -> projects.list(territory, null, null, null, null, null, p), DocumentExport::request, p -> {
			if (p.contributors().stream().allMatch(c -> actorsIn.containsKey(c.actor()))
					&& p.funders().stream().allMatch(f -> actorsIn.containsKey(f.actor()))) {
				projectsIn.put(p.id(), p);
			}
		});
		List<PartnershipRequest> partnershipsIn = new ArrayList<>();
		pages(p -> partnerships.list(territory, null, null, null, null, null, p), DocumentExport::request, x -> {
			if (x.members().stream().allMatch(m -> actorsIn.containsKey(m.actor()))
					&& projectsIn.keySet().containsAll(x.supports())) {
				partnershipsIn.add(x);
			}
		});
		Map<String, TerritoryRequest> territoriesIn = new TreeMap<>();
		pages(p -> territories.list(null, territory, null, p), DocumentExport::request,
				t -> territoriesIn.put(t.code(), t));
		Set<String> toRead = new LinkedHashSet<>();
		toRead.add(territory);
		actorsIn.values().forEach(a -> {
			toRead.add(a.locatedIn());
			toRead.addAll(a.activeIn());
		});
		projectsIn.values().forEach(p -> toRead.addAll(p.targets()));
		territoriesIn.values().forEach(t -> toRead.addAll(t.partOf()));
		// the territories referenced and their parents up to the régions, one read per level of the hierarchy
		while (true) {
			toRead.removeAll(territoriesIn.keySet());
			if (toRead.isEmpty()) {
				break;
			}
			Collection<TerritoryResponse> read = territories.byCodes(toRead).values();
			toRead.clear();
			read.forEach(t -> {
				territoriesIn.put(t.code(), request(t));
				toRead.addAll(t.partOf());
			});
		}
		return new Content() {
			@Override
			public void territories(Consumer<TerritoryRequest> each) {
				territoriesIn.values().forEach(each);
			}

			@Override
			public void actors(Consumer<ActorRequest> each) {
				actorsIn.values().forEach(each);
			}

			@Override
			public void projects(Consumer<ProjectRequest> each) {
				projectsIn.values().forEach(each);
			}

			@Override
			public void partnerships(Consumer<PartnershipRequest> each) {
				partnershipsIn.forEach(each);
			}
		};
	}

	private static <R, T> void pages(Function<Pageable, Page<R>> list, Function<R, T> convert, Consumer<T> each) {
		for (int number = 0;; number++) {
			Page<R> page = list.apply(PageRequest.of(number, PAGE));
			page.getContent().forEach(r -> each.accept(convert.apply(r)));
			if (!page.hasNext()) {
				return;
			}
		}
	}

	/** Every entry, in key order, one page after the other: a deep page costs no more than the first. */
	private static <R, T> void keyset(BiFunction<String, Integer, List<R>> after, Function<R, String> key,
			Function<R, T> convert, Consumer<T> each) {
		String last = "";
		for (;;) {
			List<R> page = after.apply(last, PAGE);
			page.forEach(r -> each.accept(convert.apply(r)));
			if (page.size() < PAGE) {
				return;
			}
			last = key.apply(page.get(page.size() - 1));
		}
	}

	static TerritoryRequest request(TerritoryResponse t) {
		return new TerritoryRequest(t.code(), t.name(), t.level(), t.population(), t.partOf(), t.indicators(), null);
	}

	static ActorRequest request(ActorResponse a) {
		return new ActorRequest(a.id(), a.name(), a.sector(), a.locatedIn(), a.activeIn(), a.siren(), a.siret(), a.rna(),
				a.size(), a.website(), a.description(), a.missions(), null);
	}

	static ProjectRequest request(ProjectResponse p) {
		return new ProjectRequest(p.id(), p.name(), p.description(), p.phase(), p.start(), p.end(), p.targets(),
				p.domains(), p.sdgs(), p.levers(), p.contributors(), p.funders(), null);
	}

	static PartnershipRequest request(PartnershipResponse x) {
		return new PartnershipRequest(x.id(), x.type(), x.start(), x.end(), x.intensity(), x.description(), x.members(),
				x.supports(), x.domains(), null);
	}
}
