package nl.mensenhandel.enforcement.measures;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.UUID;

import nl.mensenhandel.enforcement.api.model.Address;
import nl.mensenhandel.enforcement.api.model.DisplacedPersons;
import nl.mensenhandel.enforcement.api.model.Dwangsom;
import nl.mensenhandel.enforcement.api.model.LegalRemedy;
import nl.mensenhandel.enforcement.api.model.MeasureStep;
import nl.mensenhandel.enforcement.api.model.NewMeasure;
import nl.mensenhandel.enforcement.api.model.WrittenDecision;
import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.premises.Premises;

/** Between the contract's measure models and the stored {@link Measure}. */
final class MeasureApiMapper {

    private MeasureApiMapper() {
    }

    static Measures.NewMeasure fromApi(NewMeasure m) {
        LinkedHashSet<Threat> threats = new LinkedHashSet<>();
        if (m.getThreats() != null) {
            m.getThreats().forEach(t -> threats.add(Threat.valueOf(t.getValue())));
        }
        Dwangsom d = m.getDwangsom();
        DisplacedPersons p = m.getDisplacedPersons();
        return new Measures.NewMeasure(m.getInstrumentCode(), m.getMunicipalityCode(),
                CompetentAuthority.valueOf(m.getCompetentAuthority().getValue()),
                m.getInspectionId() == null ? null : m.getInspectionId().toString(), m.getProposedOn(),
                premises(m.getAddress()), Boolean.TRUE.equals(m.getSpoedeisend()), m.getDurationWeeks(), threats,
                d == null ? null : new Measure.DwangsomTerms(d.getBegunstigingstermijnDays(),
                        d.getAmountPerUnitEuro(), d.getUnit().getValue(), d.getMaximumEuro()),
                m.getFineEuro(),
                p == null ? null : new Measure.Displaced(p.getAdults(), p.getMinors(),
                        p.getShelterNeededFrom().toInstant()),
                m.getGrounds());
    }

    static Premises premises(Address a) {
        return new Premises(a.getStreet(), a.getHouseNumber(), a.getPostcode(), a.getCity());
    }

    static Address address(Premises p) {
        return p == null ? null : new Address().street(p.street()).houseNumber(p.houseNumber())
                .postcode(p.postcode()).city(p.city());
    }

    static nl.mensenhandel.enforcement.api.model.Measure toApi(Measure m) {
        nl.mensenhandel.enforcement.api.model.Measure api = new nl.mensenhandel.enforcement.api.model.Measure()
                .id(UUID.fromString(m.id()))
                .region(m.region())
                .municipalityCode(m.municipalityCode())
                .instrumentCode(m.instrumentCode())
                .legalBasis(m.legalBasis())
                .competentAuthority(nl.mensenhandel.enforcement.api.model.CompetentAuthority
                        .fromValue(m.competentAuthority().name()))
                .inspectionId(m.inspectionId() == null ? null : UUID.fromString(m.inspectionId()))
                .address(address(m.address()))
                .status(nl.mensenhandel.enforcement.api.model.MeasureStatus.fromValue(m.status().name()))
                .version(m.version())
                .spoedeisend(m.spoedeisend())
                .writingDueOn(m.writingDueOn())
                .writingOverdue(m.spoedeisend() ? m.writingOverdue() : null)
                .executionSuspended(m.executionSuspended())
                .durationWeeks(m.durationWeeks())
                .threats(m.threats().stream()
                        .map(t -> nl.mensenhandel.enforcement.api.model.Threat.fromValue(t.name())).toList())
                .fineEuro(m.fineEuro())
                .grounds(m.grounds())
                .history(m.history().stream().map(s -> new MeasureStep()
                        .from(s.from() == null ? null
                                : nl.mensenhandel.enforcement.api.model.MeasureStatus.fromValue(s.from().name()))
                        .to(nl.mensenhandel.enforcement.api.model.MeasureStatus.fromValue(s.to().name()))
                        .date(s.date()).by(s.by()).decisionReference(s.decisionReference()).reason(s.reason()))
                        .toList())
                .remedies(m.remedies().stream().map(r -> new LegalRemedy()
                        .id(UUID.fromString(r.id()))
                        .kind(nl.mensenhandel.enforcement.api.model.LegalRemedyKind.fromValue(r.kind().name()))
                        .filedOn(r.filedOn()).reference(r.reference())
                        .outcome(r.outcome() == null ? null : LegalRemedy.OutcomeEnum.fromValue(r.outcome().name()))
                        .decidedOn(r.decidedOn())).toList());
        if (m.writtenDecision() != null) {
            api.writtenDecision(new WrittenDecision().writtenOn(m.writtenDecision().writtenOn())
                    .decisionReference(m.writtenDecision().decisionReference()));
        }
        if (m.dwangsom() != null) {
            api.dwangsom(new Dwangsom().begunstigingstermijnDays(m.dwangsom().begunstigingstermijnDays())
                    .amountPerUnitEuro(m.dwangsom().amountPerUnitEuro())
                    .unit(Dwangsom.UnitEnum.fromValue(m.dwangsom().unit()))
                    .maximumEuro(m.dwangsom().maximumEuro()));
        }
        if (m.displacedPersons() != null) {
            api.displacedPersons(new DisplacedPersons().adults(m.displacedPersons().adults())
                    .minors(m.displacedPersons().minors())
                    .shelterNeededFrom(m.displacedPersons().shelterNeededFrom().atOffset(ZoneOffset.UTC)));
        }
        if (m.careRequest() != null) {
            api.careRequest(nl.mensenhandel.enforcement.api.model.Measure.CareRequestEnum.fromValue(m.careRequest()));
        }
        return api;
    }
}
