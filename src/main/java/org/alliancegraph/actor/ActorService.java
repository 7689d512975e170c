package org.alliancegraph.actor;

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
 * Actors: lists and reads, and writes through the one write path ({@link EntityWrites}); what is particular to
 * actors is in {@link ActorValidation} and {@link ActorGraph}.
 */
@Service
public class ActorService {

	private final ActorRepository repository;

	private final ActorGraph graph;

	private final NodeReader<ActorResponse> reader;

	private final ActorValidation validation;

	private final EntityWrites<ActorRequest> writes;

	ActorService(ActorRepository repository, ActorGraph graph, ActorValidation validation, GraphWrites writes) {
		this.repository = repository;
		this.graph = graph;
		this.reader = graph.reader();
		this.validation = validation;
		this.writes = writes.of(new EntityKind<>("actor", ActorRequest.class, ActorGraph.KIND,
				"id", graph::stored, validation::validate, graph::write,
				graph::delete));
	}

	/** A page of actors; every filter may be null (the controller checked them with {@code ListFilters}). */
	@Transactional(readOnly = true)
	public Page<ActorResponse> list(@Nullable String territory, @Nullable String sector, @Nullable String domain,
			@Nullable String sdg, @Nullable String q, Pageable pageable) {
		String typed = stripToNull(q);
		Page<String> ids = repository.findIds(stripToNull(territory), stripToNull(sector), stripToNull(domain),
				stripToNull(sdg), typed, NameSearch.query(typed), pageable);
		return new PageImpl<>(reader.read(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * At most {@code limit} actors whose id comes after {@code after} ({@code ""} for the first), in id order:
	 * the whole graph read page by page, each page as cheap as the first.
	 */
	@Transactional(readOnly = true)
	public List<ActorResponse> listAfter(String after, int limit) {
		return reader.after(after, limit);
	}

	@Transactional(readOnly = true)
	public ActorResponse get(String id) {
		return reader.read(List.of(id)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException(ActorGraph.KIND, id));
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return repository.existsById(id);
	}

	public ActorResponse create(ActorRequest request) {
		return writes.create(request, this::get);
	}

	/**
	 * Full replacement of an existing actor; the body's id, if any, must be the one of the address.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public ActorResponse update(String id, ActorRequest request, @Nullable Long ifMatch) {
		return writes.update(id, request, ifMatch, this::get);
	}

	/** See {@link EntityWrites#patch(String, UnaryOperator, Long, java.util.function.Function)}. */
	public ActorResponse patch(String id, UnaryOperator<ActorRequest> change, @Nullable Long ifMatch) {
		return writes.patch(id, change, ifMatch, this::get);
	}

	/** See {@link EntityWrites#restore(String, long, java.util.function.Function)}. */
	public ActorResponse restore(String id, long version) {
		return writes.restore(id, version, this::get);
	}

	/** See {@link ActorValidation#validate(List, PendingKeys, InputErrors, IntFunction)}. */
	public void validate(List<ActorRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		validation.validate(requests, pending, errors, errorsAt);
	}

	/** See {@link ActorValidation#validate(List, PendingKeys, ClaimedNumbers, InputErrors, IntFunction)}. */
	public void validate(List<ActorRequest> requests, PendingKeys pending, ClaimedNumbers claimed,
			InputErrors errors, IntFunction<InputErrors> errorsAt) {
		validation.validate(requests, pending, claimed, errors, errorsAt);
	}

	/** See {@link EntityWrites#upsertAll(List)}. */
	public List<WriteOutcome> upsertAll(List<ActorRequest> requests) {
		return writes.upsertAll(requests);
	}

	/** See {@link EntityWrites#upsertAll(List, Consumer)}. */
	public List<WriteOutcome> upsertAll(List<ActorRequest> requests, Consumer<ActorRequest> replaced) {
		return writes.upsertAll(requests, replaced);
	}

	/**
	 * Deletes an actor that takes part in no partnership and no project. With {@code cascade}
	 * (administrators), its memberships, contributions and fundings go with it, and so do the partnerships
	 * left with fewer than two members.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public ActorDeletion delete(String id, boolean cascade, @Nullable Long ifMatch) {
		return writes.delete(id, ifMatch, () -> graph.delete(id, cascade));
	}

	private static @Nullable String stripToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
