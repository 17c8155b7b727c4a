# Writes random device_add/device_del/port-I/O/reset sequences (rnd_cases.jsonl),
# recorded into own_hotplug_cases.jsonl as the own-rnd-* cases (ids renamed).
import json, random
cases=[]
def x86_step(r, base):
    n=r.randint(0,99)
    cid="c%d"%r.randint(0,6)
    if n<30:
        if r.random()<0.5:
            return {"hmp":"device_add qemu64-x86_64-cpu,id=%s,socket-id=%d,core-id=%d,thread-id=%d"%(cid,r.randint(0,2),r.randint(0,2),r.randint(0,2))}
        a={"driver":"qemu64-x86_64-cpu","id":cid}
        for k in ["socket-id","core-id","thread-id","apic-id","node-id","die-id"]:
            if r.random()<0.6: a[k]=r.choice([0,1,2,3,-1,"1",1.0,True,"x"]) if k!="apic-id" else r.randint(0,9)
        return {"qmp":{"execute":"device_add","arguments":a}}
    if n<50:
        return {"hmp":"device_del "+r.choice([cid,"/machine/unattached/device[%d]"%r.randint(0,6),"/machine/peripheral-anon/device[%d]"%r.randint(0,2)])}
    if n<80:
        b=base
        return {"hmp":r.choice(["o /b 0x%x 0"%b,"o /l 0x%x %d"%(b,r.randint(0,8)),"o /b 0x%x 0"%(b+5),"o /b 0x%x 1"%(b+5),"o /b 0x%x 2"%(b+5),"o /b 0x%x 3"%(b+5),
          "o /l 0x%x 3"%(b+8),"o /l 0x%x 0x84"%(b+8),"o /b 0x%x 2"%(b+4),"o /b 0x%x 4"%(b+4),"o /b 0x%x 16"%(b+4),"i /b 0x%x"%(b+4),"i /l 0x%x"%(b+8),"i /l 0x%x"%b,"i /w 0x%x"%(b+r.randint(0,12))])}
    if n<85:
        return {"qmp":{"execute":"query-acpi-ospm-status"}}
    if n<88:
        return {"qmp":{"execute":"system_reset"}}
    return r.choice([{"hmp":"info cpus"},{"hmp":"info hotpluggable-cpus"},{"qmp":{"execute":"query-cpus-fast"}},{"hmp":"qom-get /machine/acpi-device cpu-hotplug-legacy"}])
def p_step(r):
    n=r.randint(0,99)
    cid="c%d"%r.randint(0,4)
    if n<40:
        return {"hmp":"device_add power9_v2.0-spapr-cpu-core,id=%s,core-id=%d"%(cid,r.randint(0,5))}
    if n<60:
        return {"hmp":"device_del "+r.choice([cid,"/machine/unattached/device[%d]"%r.randint(0,6)])}
    return r.choice([{"hmp":"info cpus"},{"hmp":"info hotpluggable-cpus"},{"qmp":{"execute":"query-cpus-fast"}}])
for i in range(24):
    r=random.Random(1000+i)
    if i%3==2:
        args=["-M","pseries","-smp","2,maxcpus=6"]
        steps=[p_step(r) for _ in range(25)]
        # at most 6 vCPU creations in one process (TCG context budget): keep adds few
        adds=0; st=[]
        for s in steps:
            if s.get("hmp","").startswith("device_add"):
                adds+=1
                if adds>3: continue
            st.append(s)
        cases.append({"id":"rnd-p-%d"%i,"binary":"ppc64","args":args,"steps":st})
    else:
        m=["pc","q35"][i%3]
        base=0xaf00 if m=="pc" else 0xcd8
        args=["-M",m,"-smp","2,maxcpus=9,sockets=3,cores=3,threads=1"] if i%2 else ["-M",m,"-smp","3,maxcpus=8,sockets=2,cores=2,threads=2"]
        st=[x86_step(r,base) for _ in range(40)]
        cases.append({"id":"rnd-x-%d"%i,"binary":"x86_64","args":args,"steps":st})
open("rnd_cases.jsonl","w").write("".join(json.dumps(c)+"\n" for c in cases))
