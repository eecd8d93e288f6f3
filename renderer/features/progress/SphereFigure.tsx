import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
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
  // Each name is a plain link with one shared handler rather than a router Link: a long journal's
  // sphere holds hundreds of people, and a Link's hooks per person were a tenth of the page's
  // first render at 50,000 reflections. The handler follows the link as a Link would.
  const navigate = useNavigate();
  const peopleHref = useHref('/people');
  const follow = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      void navigate(`/people/${event.currentTarget.dataset.person ?? ''}`);
    },
    [navigate],
  );
  const most = Math.max(1, ...sphere.flatMap((group) => group.people.map((person) => person.interactions)));
  const people = sphere.reduce((sum, group) => sum + group.people.length, 0);
  // The groups stand side by side on a wide page, so the longest sets the height (about 3rem a person).
  const longest = Math.max(0, ...sphere.map((group) => group.people.length));
  return (
    <ProgressFigure
      title="Sphere of influence"
      caption="The people you worked with, grouped by relationship; a bigger circle means more reflections together, a darker one more trust."
      needsMore={Math.max(0, 1 - people)}
      estimatedHeightRem={9 + longest * 3}
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
                      {readOnly ? (
                        <span>{nameOf(person.personId)}</span>
                      ) : (
                        <a
                          href={`${peopleHref}/${person.personId}`}
                          data-person={person.personId}
                          onClick={follow}
                        >
                          {nameOf(person.personId)}
                        </a>
                      )}
                      {/* One text, not six: a long journal's sphere has hundreds of these. */}
                      <span className="progress-sphere-detail">
                        {`${person.interactions} ${person.interactions === 1 ? 'reflection' : 'reflections'}, ${trustText(person.latestTrust)}`}
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
