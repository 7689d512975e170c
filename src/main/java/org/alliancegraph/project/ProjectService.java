package org.alliancegraph.project;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

import org.alliancegraph.neo4j.NameSearch;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.write.EntityKind;
import org.alliancegraph.write.EntityWrites;
import org.alliancegraph.write.GraphWrites;
import org.alliancegraph.write.NodeReader;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.write.WriteOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects: lists and reads, and writes through the one write path ({@link EntityWrites}); what is particular to
 * projects is in {@link ProjectValidation} and {@link ProjectGraph}.
 */
@Service
public class ProjectService {

	private final ProjectRepository repository;

	private final ProjectGraph graph;

	private final NodeReader<ProjectResponse> reader;

	private final ProjectValidation validation;

	private final EntityWrites<ProjectRequest> writes;

	ProjectService(ProjectRepository repository, ProjectGraph graph, ProjectValidation validation,
			GraphWrites writes) {
		this.repository = repository;
		this.graph = graph;
		this.reader = graph.reader();
		this.validation = validation;
		this.writes = writes.of(new EntityKind<>("project", ProjectRequest.class, ProjectGraph.KIND,
				"id", graph::stored, validation::validate, graph::write,
				graph::delete));
	}

	/**
	 * A page of projects, ordered by name; every filter may be null.
	 *
	 * @param territory a territory code: projects that target it or a territory PART_OF it, at any depth
	 * @param actor an actor id: projects it contributes to or funds, whatever the dates of its contribution
	 * @param q words beginning words of the name, whatever the accents and the case
	 */
	@Transactional(readOnly = true)
	public Page<ProjectResponse> list(@Nullable String territory, @Nullable String actor, @Nullable String domain,
			@Nullable Integer sdg, @Nullable String phase, @Nullable String q, Pageable pageable) {
		Page<String> ids = repository.findIds(blankToNull(territory), blankToNull(actor), blankToNull(domain),
				sdg == null ? null : sdg.toString(), blankToNull(phase), blankToNull(q), NameSearch.query(q), pageable);
		return new PageImpl<>(reader.read(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * At most {@code limit} projects whose id comes after {@code after} ({@code ""} for the first), in id order:
	 * the whole graph read page by page, each page as cheap as the first.
	 */
	@Transactional(readOnly = true)
	public List<ProjectResponse> listAfter(String after, int limit) {
		return reader.after(after, limit);
	}

	@Transactional(readOnly = true)
	public ProjectResponse get(String id) {
		return reader.read(List.of(id)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException(ProjectGraph.KIND, id));
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return repository.existsById(id);
	}

	public ProjectResponse create(ProjectRequest request) {
		return writes.create(request, this::get);
	}

	/**
	 * Full replacement of an existing project; the body's id, if any, must be the one of the address.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public ProjectResponse update(String id, ProjectRequest request, @Nullable Long ifMatch) {
		return writes.update(id, request, ifMatch, this::get);
	}

	/** See {@link EntityWrites#patch(String, UnaryOperator, Long, java.util.function.Function)}. */
	public ProjectResponse patch(String id, UnaryOperator<ProjectRequest> change, @Nullable Long ifMatch) {
		return writes.patch(id, change, ifMatch, this::get);
	}

	/** See {@link EntityWrites#restore(String, long, java.util.function.Function)}. */
	public ProjectResponse restore(String id, long version) {
		return writes.restore(id, version, this::get);
	}

	/** See {@link ProjectValidation#validate(List, PendingKeys, InputErrors, IntFunction)}. */
	public void validate(List<ProjectRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		validation.validate(requests, pending, errors, errorsAt);
	}

	/** See {@link EntityWrites#upsertAll(List)}. */
	public List<WriteOutcome> upsertAll(List<ProjectRequest> requests) {
		return writes.upsertAll(requests);
	}

	/** See {@link EntityWrites#upsertAll(List, Consumer)}. */
	public List<WriteOutcome> upsertAll(List<ProjectRequest> requests, Consumer<ProjectRequest> replaced) {
		return writes.upsertAll(requests, replaced);
	}

	/**
	 * Deletes a project with its contributions, fundings and tags. A project that partnerships support is
	 * kept unless {@code cascade} (administrators): then their SUPPORTS links go with it.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public void delete(String id, boolean cascade, @Nullable Long ifMatch) {
		writes.delete(id, ifMatch, () -> {
			graph.delete(id, cascade);
			return null;
		});
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
