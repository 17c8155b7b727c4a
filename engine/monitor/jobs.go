package monitor

import (
	"fmt"

	"hotpluglab/engine/block"
	"hotpluglab/engine/qjson"
)

// Jobs (job.c) as the snapshot commands make them: snapshot-save,
// snapshot-load and snapshot-delete start a job (created, running before
// the reply) that fails on the simulation's nodes (aborting, concluded,
// at the next request) and waits to be dismissed (query-jobs shows it
// with its error). Measured with a node that does not exist (m10-).

type job struct {
	id, typ, status, err string
}

const jobsKey = "monitor.jobs"

func (mon *Monitor) jobs() []*job {
	j, _ := mon.M.Extra[jobsKey].([]*job)
	return j
}

func (mon *Monitor) findJob(id string) *job {
	for _, j := range mon.jobs() {
		if j.id == id {
			return j
		}
	}
	return nil
}

func (mon *Monitor) jobStatus(j *job, status string) {
	j.status = status
	mon.Emit("JOB_STATUS_CHANGE", qjson.O("status", status, "id", j.id))
}

// snapshotJobError is what the job fails with: a device that is no node
// (bdrv_find_node), else a node that takes no snapshots.
func (mon *Monitor) snapshotJobError(devices []any) string {
	l := block.Of(mon.M)
	for _, d := range devices {
		name, _ := d.(string)
		if l == nil || l.Node(name) == nil {
			return fmt.Sprintf("No block device node '%s'", name)
		}
	}
	if r := mon.snapshotRefusal(); r != "" {
		return r
	}
	return "Snapshots are not simulated"
}

func init() {
	registerLater(func() {
		for _, c := range []string{"snapshot-save", "snapshot-load", "snapshot-delete"} {
			typ := c
			RegisterQMP(c, func(mon *Monitor, a qjson.Object) (any, *Error) {
				id := orEmpty(arg(a, "job-id"))
				if mon.findJob(id) != nil {
					return nil, GenericError(fmt.Sprintf("Job ID '%s' already in use", id))
				}
				devs, _ := arg(a, "devices").([]any)
				j := &job{id: id, typ: typ, err: mon.snapshotJobError(devs)}
				mon.M.Extra[jobsKey] = append(mon.jobs(), j)
				mon.jobStatus(j, "created")
				mon.jobStatus(j, "running")
				mon.deferred = append(mon.deferred, deferredEvent{requests: 1, run: func() {
					mon.jobStatus(j, "aborting")
					mon.jobStatus(j, "concluded")
				}})
				return qjson.Object{}, nil
			})
		}
		RegisterQMP("query-jobs", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			out := []any{}
			for _, j := range mon.jobs() {
				e := qjson.O("current-progress", 1, "status", j.status, "total-progress", 1, "type", j.typ, "id", j.id)
				if j.status == "concluded" {
					e = append(e, qjson.Member{Key: "error", Value: j.err})
				}
				out = append(out, e)
			}
			return out, nil
		})
		RegisterQMP("job-dismiss", func(mon *Monitor, a qjson.Object) (any, *Error) {
			j := mon.findJob(orEmpty(arg(a, "id")))
			if j == nil {
				return nil, GenericError("Job not found")
			}
			if j.status != "concluded" {
				return nil, GenericError(fmt.Sprintf("Job '%s' in state '%s' cannot accept command verb 'dismiss'", j.id, j.status))
			}
			mon.jobStatus(j, "null")
			var keep []*job
			for _, x := range mon.jobs() {
				if x != j {
					keep = append(keep, x)
				}
			}
			mon.M.Extra[jobsKey] = keep
			return qjson.Object{}, nil
		})
	})
}
