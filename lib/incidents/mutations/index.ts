export { type IncidentChangeResult, assignIncidentRole, changeIncidentFields, changeIncidentSeverity, changeIncidentStatus, editIncident } from "./change";
export { INCIDENT_CONFLICT_MESSAGE } from "./core";
export { type DeclaredIncident, declareIncident } from "./declare";
export { linkIncidentTicket, linkIncidentTickets, unlinkIncidentTicket } from "./links";
export { FUTURE_NOTE_MESSAGE, addIncidentNote, editIncidentNote } from "./notes";
export { addIncidentResponder, removeIncidentResponder } from "./responders";
