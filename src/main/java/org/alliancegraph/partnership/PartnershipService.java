package org.alliancegraph.partnership;

import java.time.LocalDate;
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
 * Partnerships: lists and reads, and writes through the one write path ({@link EntityWrites}); what is particular
 * to partnerships is in {@link PartnershipValidation} and {@link PartnershipGraph}.
 */
@Service
public class PartnershipService {

	private final PartnershipRepository repository;

	private final PartnershipGraph graph;

	private final NodeReader<PartnershipResponse> reader;

	private final PartnershipValidation validation;

	private final EntityWrites<PartnershipRequest> writes;

	PartnershipService(PartnershipRepository repository, PartnershipGraph graph, PartnershipValidation validation,
			GraphWrites writes) {
		this.repository = repository;
		this.graph = graph;
		this.reader = graph.reader();
		this.validation = validation;
		this.writes = writes.of(new EntityKind<>("partnership", PartnershipRequest.class, PartnershipGraph.KIND,
				"id", graph::stored, validation::validate, graph::write,
				(key, cascade) -> graph.delete(key)));
	}

	/**
	 * A page of partnerships, the most recent first; every filter may be null.
	 *
	 * @param territory a territory code: partnerships with a member located in or active in it or in a
	 *     territory PART_OF it, at any depth
	 * @param actor an actor id: partnerships it is a member of
	 * @param active a date: partnerships begun by then and not ended before
	 * @param q words beginning words of the description or the id, whatever the accents and the case, or the id
	 */
	@Transactional(readOnly = true)
	public Page<PartnershipResponse> list(@Nullable String territory, @Nullable String type, @Nullable String domain,
			@Nullable String actor, @Nullable LocalDate active, @Nullable String q, Pageable pageable) {
		Page<String> ids = repository.findIds(blankToNull(territory), blankToNull(type), blankToNull(domain),
				blankToNull(actor), active, blankToNull(q), NameSearch.query(q), pageable);
		return new PageImpl<>(reader.read(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * At most {@code limit} partnerships whose id comes after {@code after} ({@code ""} for the first), in id
	 * order: the whole graph read page by page, each page as cheap as the first.
	 */
	@Transactional(readOnly = true)
	public List<PartnershipResponse> listAfter(String after, int limit) {
		return reader.after(after, limit);
	}

	@Transactional(readOnly = true)
	public PartnershipResponse get(String id) {
		return reader.read(List.of(id)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException(PartnershipGraph.KIND, id));
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return repository.existsById(id);
	}

	public PartnershipResponse create(PartnershipRequest request) {
		return writes.create(request, this::get);
	}

	/**
	 * Full replacement of an existing partnership; the body's id, if any, must be the one of the address.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public PartnershipResponse update(String id, PartnershipRequest request, @Nullable Long ifMatch) {
		return writes.update(id, request, ifMatch, this::get);
	}

	/** See {@link EntityWrites#patch(String, UnaryOperator, Long, java.util.function.Function)}. */
	public PartnershipResponse patch(String id, UnaryOperator<PartnershipRequest> change, @Nullable Long ifMatch) {
		return writes.patch(id, change, ifMatch, this::get);
	}

	/** See {@link EntityWrites#restore(String, long, java.util.function.Function)}. */
	public PartnershipResponse restore(String id, long version) {
		return writes.restore(id, version, this::get);
	}

	/** See {@link PartnershipValidation#validate(List, PendingKeys, InputErrors, IntFunction)}. */
	public void validate(List<PartnershipRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		validation.validate(requests, pending, errors, errorsAt);
	}

	/** See {@link EntityWrites#upsertAll(List)}. */
	public List<WriteOutcome> upsertAll(List<PartnershipRequest> requests) {
		return writes.upsertAll(requests);
	}

	/** See {@link EntityWrites#upsertAll(List, Consumer)}. */
	public List<WriteOutcome> upsertAll(List<PartnershipRequest> requests, Consumer<PartnershipRequest> replaced) {
		return writes.upsertAll(requests, replaced);
	}

	/**
	 * Deletes a partnership with its links.
	 *
	 * @param ifMatch the version an {@code If-Match} header named, if any
	 */
	public void delete(String id, @Nullable Long ifMatch) {
		writes.delete(id, ifMatch, () -> {
			graph.delete(id);
			return null;
		});
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
