import { Link } from 'react-router';
import { relationshipLabels } from '../../../shared/domain/reflectionLabels';
import type { SphereGroup } from '../../../shared/progress/streaksAndPeople';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { ProgressFigure } from './ProgressFigure';

const MIN_RADIUS = 5;
const MAX_RADIUS = 18;

function trustText(trust: number | null): string {
  return trust === null ? 'trust not rated' : `trust ${trust} of 5`;
}

/**
 * People as links in groups by relationship. Each has a circle sized by how often you met and
 * shaded by the latest trust rating, with both written beside it, so neither rests on the circle.
 */
export function SphereFigure({
  sphere,
  nameOf,
}: {
  sphere: readonly SphereGroup[];
  nameOf: (personId: string) => string;
}) {
  // A client's people have no pages in a coach's workspace: their names are text.
  const { readOnly } = useWorkspaceMode();
  const most = Math.max(1, ...sphere.flatMap((group) => group.people.map((person) => person.interactions)));
  const people = sphere.reduce((sum, group) => sum + group.people.length, 0);
  return (
    <ProgressFigure
      title="Sphere of influence"
      caption="The people you worked with, grouped by relationship; a bigger circle means more reflections together, a darker one more trust."
      needsMore={Math.max(0, 1 - people)}
      chart={
        <div className="progress-sphere">
          {sphere.map((group) => (
            <div key={group.relationship} className="progress-sphere-group">
              <h3>{relationshipLabels[group.relationship]}</h3>
              <ul>
                {group.people.map((person) => {
                  const radius =
                    MIN_RADIUS +
                    ((MAX_RADIUS - MIN_RADIUS) * Math.sqrt(person.interactions)) / Math.sqrt(most);
                  return (
                    <li key={person.personId}>
                      <svg width={MAX_RADIUS * 2 + 2} height={MAX_RADIUS * 2 + 2} aria-hidden="true">
                        <circle
                          className={`progress-trust-${person.latestTrust ?? 0}`}
                          cx={MAX_RADIUS + 1}
                          cy={MAX_RADIUS + 1}
                          r={radius}
                        />
                      </svg>
                      <span>
                        {readOnly ? (
                          nameOf(person.personId)
                        ) : (
                          <Link to={`/people/${person.personId}`}>{nameOf(person.personId)}</Link>
                        )}
                        <span className="progress-sphere-detail">
                          {person.interactions} {person.interactions === 1 ? 'reflection' : 'reflections'},{' '}
                          {trustText(person.latestTrust)}
                        </span>
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      }
      table={() => (
        <table>
          <caption>People by relationship</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Relationship</th>
              <th scope="col">Reflections</th>
              <th scope="col">Latest trust</th>
            </tr>
          </thead>
          <tbody>
            {sphere.flatMap((group) =>
              group.people.map((person) => (
                <tr key={person.personId}>
                  <th scope="row">{nameOf(person.personId)}</th>
                  <td>{relationshipLabels[group.relationship]}</td>
                  <td>{person.interactions}</td>
                  <td>{person.latestTrust ?? 'not rated'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    />
  );
}
