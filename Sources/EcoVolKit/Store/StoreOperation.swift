/// One change to one record. A command's change is a list of these written as one journal
/// line, so it is applied whole or not at all; `/undo` writes the inverse list as a new line.
public enum StoreOperation: Sendable, Equatable {
    case putSession(Session)
    case deleteSession(String)
    case putPerson(Person)
    case deletePerson(String)
    case putProject(Project)
    case deleteProject(String)
    case putParticipation(Participation)
    case deleteParticipation(ParticipationKey)
}
