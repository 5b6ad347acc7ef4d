package nl.mensenhandel.signal.intake;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;
import static nl.mensenhandel.signal.contract.ApiMapping.instant;
import static nl.mensenhandel.signal.contract.ApiMapping.list;
import static nl.mensenhandel.signal.contract.ApiMapping.time;
import static nl.mensenhandel.signal.contract.ApiMapping.uuid;

import java.util.EnumSet;
import java.util.List;

import nl.mensenhandel.signal.api.model.AnonymousReport;
import nl.mensenhandel.signal.api.model.NewInspectionSignal;
import nl.mensenhandel.signal.api.model.NewSignal;
import nl.mensenhandel.signal.api.model.ReceivedSignal;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.Gender;
import nl.mensenhandel.signal.signal.Location;
import nl.mensenhandel.signal.signal.OnBehalfOf;
import nl.mensenhandel.signal.signal.ReceivedVia;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SourceType;
import nl.mensenhandel.signal.signal.Urgency;

/** From the contract's reports to what {@link SignalIntake} receives, and back to the receipt. */
public final class IntakeApiMapper {

    private IntakeApiMapper() {
    }

    public static SignalIntake.Report toReport(NewSignal body) {
        return new SignalIntake.Report(
                body.getMunicipalityCode(),
                body.getResidenceMunicipalityCode(),
                forms(body.getForms()),
                list(body.getCategories()),
                body.getSector(),
                convert(body.getSourceType(), SourceType.class),
                // the organisation is not in the contract's NewReporter: it comes from the token
                body.getReporter() == null ? null : new Reporter(null,
                        body.getReporter().getName(), body.getReporter().getContact()),
                body.getDescription(),
                instant("observedAt", body.getObservedAt()),
                convert(body.getUrgency(), Urgency.class),
                location(body.getLocation()),
                list(body.getPersons()).stream().map(p -> new SignalIntake.PersonReport(
                        convert(p.getRole(), PersonRole.class), p.getMinor(), p.getYearOfBirth(), p.getNationality(),
                        convert(p.getGender(), Gender.class), p.getIdentifyingHint(),
                        p.getResidenceMunicipalityCode())).toList(),
                list(body.getIndicators()),
                // only an AF may send it (SignalAccessPolicy.mayReportOnBehalf): the one organisation from a body
                body.getOnBehalfOf() == null ? null : new OnBehalfOf(
                        convert(body.getOnBehalfOf().getReceivedVia(), ReceivedVia.class),
                        body.getOnBehalfOf().getOrganisation(), body.getOnBehalfOf().getContactPerson(),
                        body.getOnBehalfOf().getContact()));
    }

    public static SignalIntake.Report toReport(AnonymousReport body) {
        return new SignalIntake.Report(body.getMunicipalityCode(), null, forms(body.getForms()), List.of(), null,
                SourceType.ANONIEM, null, body.getDescription(), instant("observedAt", body.getObservedAt()), Urgency.NORMAAL,
                location(body.getLocation()), List.of(), list(body.getIndicators()), null);
    }

    public static InspectionFinding toFinding(NewInspectionSignal body) {
        var reporter = body.getReporter();
        return new InspectionFinding(body.getRegion(), body.getMunicipalityCode(), str(body.getInspectionId()),
                str(body.getFindingId()), body.getInspectionType(), instant("observedAt", body.getObservedAt()),
                inspectionForms(body.getForms()), list(body.getIndicators()), body.getPersonsPresent(),
                body.getMinorsPresent(), body.getOverbewoning(), body.getObservations(),
                new InspectionFinding.InspectionReporter(reporter.getSubject(), reporter.getUsername(),
                        reporter.getOrganisation(), reporter.getName(), reporter.getEmail()));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static java.util.Set<ExploitationForm> inspectionForms(java.util.Collection<?> forms) {
        java.util.Set<ExploitationForm> result = EnumSet.noneOf(ExploitationForm.class);
        list(forms).forEach(f -> result.add(ExploitationForm.valueOf(f.toString())));
        return result;
    }

    public static ReceivedSignal toReceived(SignalIntake.Received received) {
        Signal s = received.signal();
        return new ReceivedSignal()
                .id(uuid(s.id()))
                .region(s.region())
                .municipalityCode(s.municipalityCode())
                .status(convert(s.status(), nl.mensenhandel.signal.api.model.SignalStatus.class))
                .createdAt(time(s.createdAt()))
                .caseCode(s.anonymousAccess() == null ? null : s.anonymousAccess().caseCode())
                .secret(received.secret());
    }

    private static java.util.Set<ExploitationForm> forms(java.util.Collection<nl.mensenhandel.signal.api.model.ExploitationForm> forms) {
        java.util.Set<ExploitationForm> result = EnumSet.noneOf(ExploitationForm.class);
        list(forms).forEach(f -> result.add(convert(f, ExploitationForm.class)));
        return result;
    }

    private static Location location(nl.mensenhandel.signal.api.model.Location l) {
        return l == null ? null : new Location(l.getStreet(), l.getHouseNumber(), l.getPostcode(), l.getCity(),
                l.getBusinessName(), l.getKvkNumber(), l.getDescription());
    }
}
